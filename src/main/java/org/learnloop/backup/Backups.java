package org.learnloop.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.learnloop.people.Actor;
import org.learnloop.people.Enrolment;
import org.learnloop.people.Role;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;

/**
 * Takes a backup of the embedded database while Learnloop runs. H2 lets only the process that
 * opened a file database use it, so the running Learnloop writes the copy itself, with H2's
 * {@code BACKUP TO}: a zip of the database file as of one moment, consistent while people go on
 * reporting (H2 copies a snapshot, committed transactions only). The copy holds every provider
 * on the installation, so it is refused where there is more than one: that installation's
 * operator backs it up, as on PostgreSQL with {@code pg_dump}.
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final JdbcClient db;
    private final Enrolment enrolment;
    private final BackupSettings settings;
    private final Clock clock;

    Backups(DataSource dataSource, JdbcClient db, Enrolment enrolment, BackupSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.db = db;
        this.enrolment = enrolment;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes {@code learnloop-<UTC time>.zip} into the backup folder and answers where. */
    public BackupFile backUp(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw Forbidden.because("Only an administrator may take a backup");
        }
        if (!embedded()) {
            throw InvalidRequest.of("database", "Learnloop runs on PostgreSQL here: back it up with pg_dump, "
                    + "as the README describes");
        }
        if (enrolment.organisationCount() > 1) {
            throw Forbidden.because("This installation holds more than one provider, so its operator backs it up");
        }
        Instant now = clock.instant();
        try {
            Files.createDirectories(settings.directory());
            Path file = settings.directory().resolve("learnloop-" + FILE_TIME.format(now) + ".zip").toAbsolutePath();
            if (Files.exists(file)) {
                throw InvalidRequest.of("file", "A backup was taken this very second; try again in a moment");
            }
            db.sql("backup to '" + file.toString().replace("'", "''") + "'").update();
            long bytes = Files.size(file);
            log.info("Backup of the database taken by {}: {} ({} bytes)", actor.username(), file, bytes);
            return new BackupFile(file, bytes, now);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the backup folder " + settings.directory(), e);
        }
    }

    /** Whether the database is an embedded H2 file database, the only kind this can copy. */
    private boolean embedded() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            String url = connection.getMetaData().getURL();
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                    && !url.startsWith("jdbc:h2:ssl:");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database address", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
