package org.learnloop.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * What the generator does differently for the database it fills. H2 takes writes one at a time, so
 * a second writer only waits for the first; and with the write delay Learnloop runs it with (none:
 * every commit is on disk before it is acknowledged) it writes out its pages far more often than a
 * bulk load needs. The generator either finishes or leaves a database to throw away, so on H2 it
 * writes with one thread and H2's usual delay, and puts the database's own delay back when it is
 * done. PostgreSQL takes a writer per core, up to four.
 */
final class Database {

    private static final int BULK_WRITE_DELAY_MS = 500;

    private final DataSource dataSource;
    private final boolean h2;
    private String writeDelay;

    private Database(DataSource dataSource, boolean h2) {
        this.dataSource = dataSource;
        this.h2 = h2;
    }

    static Database of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return new Database(dataSource, "H2".equals(connection.getMetaData().getDatabaseProductName()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database: " + e.getMessage(), e);
        }
    }

    /** How many threads should write at once. */
    int writers() {
        return h2 ? 1 : Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    void beforeBulkWrites() {
        if (h2) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                try (ResultSet delay = statement.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                    writeDelay = delay.next() ? delay.getString(1) : null;
                }
                statement.execute("set write_delay " + BULK_WRITE_DELAY_MS);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare H2 for the bulk load: " + e.getMessage(), e);
            }
        }
    }

    void afterBulkWrites() {
        if (h2 && writeDelay != null) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("set write_delay " + Integer.parseInt(writeDelay.trim()));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not restore H2's write delay: " + e.getMessage(), e);
            }
        }
    }
}
