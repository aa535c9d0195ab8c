package org.learnloop.reliability;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on the PostgreSQL server at 127.0.0.1:5432 (as {@code postgres}, or
 * {@code -Dlearnloop.reliability.postgres.host/port/username}; a password comes from
 * {@code SPRING_DATASOURCE_PASSWORD}), created empty for one test and dropped after it. Where no
 * PostgreSQL answers, the test is skipped with a message saying so, except on CI (CI=true), which
 * always has one: there it fails.
 */
final class PostgresDatabase implements AutoCloseable {

    static final String HOST = System.getProperty("learnloop.reliability.postgres.host", "127.0.0.1");
    static final int PORT = Integer.getInteger("learnloop.reliability.postgres.port", 5432);
    private static final String USERNAME = System.getProperty("learnloop.reliability.postgres.username", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    static PostgresDatabase fresh(String name) {
        DriverManager.setLoginTimeout(5);
        try (Connection server = server(); Statement sql = server.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        } catch (SQLException unreachable) {
            String why = "PostgreSQL is not reachable at " + HOST + ":" + PORT + " (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + ": CI always has PostgreSQL, so this is a failure there");
            }
            Assumptions.abort(why + ": the PostgreSQL part of this test is skipped");
        }
        return new PostgresDatabase(name);
    }

    /** The JDBC address of this database, through {@code port} (PostgreSQL's own, or a proxy's). */
    String url(int port) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + name;
    }

    /** What Learnloop needs in its environment to use this database through {@code port}. */
    Map<String, String> environment(int port) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_DATASOURCE_URL", url(port));
        environment.put("SPRING_DATASOURCE_USERNAME", USERNAME);
        environment.put("SPRING_DATASOURCE_PASSWORD", PASSWORD);
        return environment;
    }

    Map<String, String> environment() {
        return environment(PORT);
    }

    /** A connection straight to this database, not through any proxy. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(PORT), USERNAME, PASSWORD);
    }

    @Override
    public void close() throws SQLException {
        try (Connection server = server(); Statement sql = server.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static Connection server() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USERNAME, PASSWORD);
    }
}
