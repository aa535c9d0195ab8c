package org.learnloop.backup.web;

import java.time.Instant;

import org.learnloop.backup.BackupFile;
import org.learnloop.backup.Backups;
import org.learnloop.people.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/backups}: an administrator asks the running Learnloop for a backup of
 * its embedded database, written into the backup folder on the server.
 */
@RestController
class BackupApiController {

    private final Backups backups;

    BackupApiController(Backups backups) {
        this.backups = backups;
    }

    record BackupAnswer(String file, String path, long bytes, Instant takenAt) {
    }

    @PostMapping("/api/v1/admin/backups")
    ResponseEntity<BackupAnswer> takeBackup(Actor actor) {
        BackupFile backup = backups.backUp(actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(new BackupAnswer(backup.file().getFileName().toString(),
                backup.file().toString(), backup.bytes(), backup.takenAt()));
    }
}
