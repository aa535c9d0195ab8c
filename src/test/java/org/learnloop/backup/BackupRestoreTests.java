package org.learnloop.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.learnloop.backup.RestoreCommand.Target;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventReporting;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A backup of the embedded database taken while care workers report, restored into a new data
 * folder, holds the same records as the database had at the moment of the backup: every table's
 * row count and checksum equal. Learnloop runs here on an H2 file database of its own, filled with
 * the demo, in a folder of its own under {@code target/}.
 */
@SpringBootTest(args = "--demo")
@AutoConfigureMockMvc
@DirtiesContext
class BackupRestoreTests {

    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    private static final Path FOLDER = temporaryFolder();
    private static final int WRITERS = 4;

    @DynamicPropertySource
    static void ownFileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url(FOLDER.resolve("data")));
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("learnloop.backup.directory", () -> FOLDER.resolve("backups").toString());
    }

    @Autowired
    private Backups backups;

    @Autowired
    private EventReporting reporting;

    @Autowired
    private People people;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcClient db;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private MockMvcTester mvc;

    @Test
    void backupTakenWhileReportsAreWrittenRestoresTheSameRecords() throws Exception {
        Actor carer = people.actorByUsername("carer.oak").orElseThrow();
        Actor admin = people.actorByUsername("admin").orElseThrow();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (writing.get()) {
                    reporting.report(carer, fall(carer));
                    written.incrementAndGet();
                }
                return null;
            });
        }
        awaitWritten(written, 20);

        // The reference is read in the same exclusive hold on the database as the backup is taken:
        // the writers' statements wait meanwhile, and go on as soon as it is released.
        record Point(Map<String, String> reference, BackupFile backup) {
        }
        Point point = transaction.execute(status -> {
            db.sql("set exclusive 1").update();
            try {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                return new Point(TableChecksums.of(connection), backups.backUp(admin));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                db.sql("set exclusive 0").update();
            }
        });
        int atBackup = written.get();
        awaitWritten(written, atBackup + 20);
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        Path restoredFolder = FOLDER.resolve("restored");
        Target restored = new Target(url(restoredFolder), "sa", "");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int status = RestoreCommand.restore(point.backup().file(), restored, false, new PrintStream(said, true,
                StandardCharsets.UTF_8));

        assertThat(status).as("restore said: %s", said).isZero();
        Map<String, String> copy;
        try (Connection connection = DriverManager.getConnection(restored.url(), "sa", "")) {
            copy = TableChecksums.of(connection);
        }
        assertThat(point.reference()).as("tables at the backup point").containsKeys("event", "audit_entry", "person",
                "review", "action", "lesson");
        assertThat(copy).as("every table restored, each with the rows it had at the backup point")
                .isEqualTo(point.reference());
        assertThat(db.sql("select count(*) from event").query(Long.class).single())
                .as("reports written after the backup, so it was taken while they were being written")
                .isGreaterThan(count(point.reference().get("event")));
    }

    @Test
    void administratorTakesABackupThroughTheApi() {
        var answer = mvc.post().uri("/api/v1/admin/backups").with(httpBasic("admin", "demo")).exchange();

        assertThat(answer).hasStatus(201);
        assertThat(answer).bodyJson().extractingPath("$.file").asString().matches("learnloop-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.zip");
        assertThat(answer).bodyJson().extractingPath("$.path").asString()
                .satisfies(path -> assertThat(Path.of(path)).isRegularFile().startsWith(FOLDER.resolve("backups")));
    }

    @Test
    void onlyAnAdministratorMayTakeABackup() {
        assertThat(mvc.post().uri("/api/v1/admin/backups").with(httpBasic("manager.oak", "demo")).exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/admin/backups").with(httpBasic("quality", "demo")).exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/admin/backups").exchange()).hasStatus(401);
    }

    @Test
    void restoreRefusesToReplaceADatabaseUnlessTold() throws Exception {
        Path backup = backups.backUp(people.actorByUsername("admin").orElseThrow()).file();
        Path existing = FOLDER.resolve("existing");
        Target target = new Target(url(existing), "sa", "");
        try (Connection connection = DriverManager.getConnection(target.url(), "sa", "")) {
            connection.createStatement().execute("create table something_else (id int)");
        }
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        int refused = RestoreCommand.restore(backup, target, false, new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(refused).isEqualTo(1);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Restore refused: a database is already at")
                .contains("--overwrite");
        assertThat(RestoreCommand.restore(backup, target, true, new PrintStream(said, true, StandardCharsets.UTF_8)))
                .isZero();
        try (Connection connection = DriverManager.getConnection(target.url(), "sa", "")) {
            assertThat(TableChecksums.of(connection)).containsKey("event").doesNotContainKey("something_else");
        }
    }

    @Test
    void restoreRefusesWhatIsNotABackupOfTheEmbeddedDatabase() throws Exception {
        Path backup = backups.backUp(people.actorByUsername("admin").orElseThrow()).file();
        Path notABackup = Files.writeString(FOLDER.resolve("notes.zip"), "not a zip");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);

        assertThat(RestoreCommand.restore(backup, new Target("jdbc:postgresql://db:5432/learnloop", "learnloop", ""),
                false, out)).isEqualTo(1);
        assertThat(RestoreCommand.restore(backup, new Target(url(FOLDER.resolve("other")).replace("/learnloop;", "/other;"),
                "sa", ""), false, out)).isEqualTo(1);
        assertThat(RestoreCommand.restore(FOLDER.resolve("missing.zip"), new Target(url(FOLDER.resolve("x")), "sa", ""),
                false, out)).isEqualTo(1);

        assertThat(said.toString(StandardCharsets.UTF_8))
                .contains("not an embedded database. Restore PostgreSQL with pg_restore")
                .contains("is not a backup of a database named other")
                .contains("there is no backup at");
        assertThat(notABackup).exists();
    }

    private static ReportEvent fall(Actor carer) {
        return new ReportEvent(EventType.INCIDENT, carer.serviceIds().iterator().next(),
                Instant.now().minus(1, ChronoUnit.HOURS), Category.FALL, "Found on the floor by the bed",
                "Found on the floor beside the bed at 03:10; no injury seen.", null, PhysicalHarm.NONE,
                PsychologicalHarm.LOW, false);
    }

    private static void awaitWritten(AtomicInteger written, int atLeast) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (written.get() < atLeast && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(written.get()).as("reports written").isGreaterThanOrEqualTo(atLeast);
    }

    private static long count(String checksum) {
        return Long.parseLong(checksum.substring(0, checksum.indexOf(' ')));
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("learnloop").toAbsolutePath() + SETTINGS;
    }

    private static Path temporaryFolder() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "backup-restore-tests").toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
