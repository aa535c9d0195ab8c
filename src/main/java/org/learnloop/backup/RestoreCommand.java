package org.learnloop.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar learnloop.jar --restore=backups/learnloop-2026-12-04-141500.zip}: puts a backup
 * taken by {@link Backups} back as the embedded database Learnloop is configured to use (by
 * default {@code ./data/learnloop}), then exits without serving. It restores into an empty data
 * folder; a database already there is replaced only with {@code --overwrite}, and never while a
 * Learnloop has it open. Learnloop's settings are read as for a start (application.yml, the
 * environment, the command line), but nothing else is started: the database is not opened before
 * it is restored.
 */
public final class RestoreCommand {

    static final String OPTION = "--restore=";
    static final String OVERWRITE = "--overwrite";

    private RestoreCommand() {
    }

    /** Whether the command line asks for a restore. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith(OPTION));
    }

    /** Restores as the command line asks; answers the exit status (0 restored, 1 refused or failed). */
    public static int run(String[] args, PrintStream out) {
        Target target;
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            var environment = settings.getEnvironment();
            target = new Target(environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username", "sa"),
                    environment.getProperty("spring.datasource.password", ""));
        }
        Path backup = Path.of(Arrays.stream(args).filter(a -> a.startsWith(OPTION)).findFirst().orElseThrow()
                .substring(OPTION.length()));
        boolean overwrite = Arrays.asList(args).contains(OVERWRITE);
        try {
            return restore(backup, target, overwrite, out);
        } catch (IOException | SQLException e) {
            out.println("Restore failed: " + e.getMessage());
            return 1;
        }
    }

    /** The database Learnloop is set to use, and how it signs in to it. */
    record Target(String url, String username, String password) {
    }

    /** Restores {@code backup} as the H2 file database of {@code target}. */
    static int restore(Path backup, Target target, boolean overwrite, PrintStream out) throws IOException, SQLException {
        Optional<Path> database = EmbeddedDatabase.file(target.url());
        if (database.isEmpty()) {
            out.println("Restore refused: Learnloop is set to use " + target.url() + ", not an embedded database. "
                    + "Restore PostgreSQL with pg_restore (see the README).");
            return 1;
        }
        Path file = database.get().toAbsolutePath().normalize();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(backup)) {
            out.println("Restore refused: there is no backup at " + backup.toAbsolutePath().normalize());
            return 1;
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(name + ".mv.db");
            if (entry == null) {
                out.println("Restore refused: " + backup + " is not a backup of a database named " + name
                        + " (it holds no " + name + ".mv.db)");
                return 1;
            }
            Path restored = folder.resolve(name + ".mv.db");
            if (Files.exists(restored)) {
                if (!overwrite) {
                    out.println("Restore refused: a database is already at " + restored + ". Restore into an empty "
                            + "data folder, or add " + OVERWRITE + " to replace it.");
                    return 1;
                }
                if (inUse(target)) {
                    out.println("Restore refused: a Learnloop is running on " + restored + ". Stop it first.");
                    return 1;
                }
            }
            Files.createDirectories(folder);
            Path restoring = Files.createTempFile(folder, name, ".restoring");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, restoring, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(folder.resolve(name + ".trace.db"));
            Files.move(restoring, restored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Restored " + restored + " from " + backup.toAbsolutePath().normalize() + " (" + Files.size(restored)
                    + " bytes). Start Learnloop as usual.");
            return 0;
        }
    }

    /** Whether another process holds the database open (H2 refuses a second one with error 90020). */
    private static boolean inUse(Target target) throws SQLException {
        try (Connection ignored = DriverManager.getConnection(target.url() + ";IFEXISTS=TRUE", target.username(),
                target.password())) {
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) {
                return true;
            }
            throw e;
        }
    }

    /** The whole of the context that reads Learnloop's settings for a restore: no beans, no database. */
    static final class SettingsOnly {
    }

    /** Reads where an H2 file database lives from its JDBC address. */
    static final class EmbeddedDatabase {

        private EmbeddedDatabase() {
        }

        /** {@code jdbc:h2:file:./data/learnloop;MODE=...} is {@code ./data/learnloop}; anything else is none. */
        static Optional<Path> file(String url) {
            if (url == null || !url.startsWith("jdbc:h2:")) {
                return Optional.empty();
            }
            String rest = url.substring("jdbc:h2:".length());
            if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
                return Optional.empty();
            }
            if (rest.startsWith("file:")) {
                rest = rest.substring("file:".length());
            }
            int settings = rest.indexOf(';');
            String path = settings < 0 ? rest : rest.substring(0, settings);
            if (path.startsWith("~/")) {
                path = System.getProperty("user.home") + path.substring(1);
            }
            return path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
        }
    }
}
