package org.learnloop.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup just written: where, how large, and when it was taken. */
public record BackupFile(Path file, long bytes, Instant takenAt) {
}
