package org.learnloop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import jakarta.servlet.ServletException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTests {

    static Stream<Arguments> failures() {
        SQLException lostConnection = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        return Stream.of(
                Arguments.of("no connection from the pool for a transaction", true,
                        new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                                new SQLTransientConnectionException("Connection is not available"))),
                Arguments.of("no connection for a query", true,
                        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")),
                Arguments.of("a connection lost in the middle of a query", true,
                        new DataAccessResourceFailureException("I/O error", lostConnection)),
                Arguments.of("a connection lost, translated to nothing more precise", true,
                        new UncategorizedSQLException("select", "select 1", lostConnection)),
                Arguments.of("a commit that could not reach the server", true,
                        new TransactionSystemException("Could not commit JDBC transaction", lostConnection)),
                Arguments.of("a rollback that failed on the connection the outage broke", true,
                        rollbackFailedAfter(new DataAccessResourceFailureException("I/O error", lostConnection))),
                Arguments.of("a rollback that failed after a plain bug", false,
                        rollbackFailedAfter(new IllegalStateException("no such thing"))),
                Arguments.of("PostgreSQL shutting down", true,
                        new UncategorizedSQLException("select", "select 1",
                                new SQLException("terminating connection due to administrator command", "57P01"))),
                Arguments.of("a refused TCP connection", true,
                        new IllegalStateException(new ConnectException("Connection refused"))),
                Arguments.of("an outage wrapped by a servlet filter", true,
                        new ServletException(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))),
                Arguments.of("a lock that could not be had in time", true,
                        new CannotAcquireLockException("lock timeout")),
                Arguments.of("someone else's change (reload, not try again)", false,
                        new OptimisticLockingFailureException("version changed")),
                Arguments.of("a broken rule of the schema", false,
                        new DataIntegrityViolationException("duplicate key")),
                Arguments.of("a mistake in the SQL", false,
                        new BadSqlGrammarException("select", "selec 1", new SQLException("syntax error", "42601"))),
                Arguments.of("a plain bug", false, new IllegalStateException("no such thing")),
                Arguments.of("a client that went away", false, new IOException("Broken pipe")));
    }

    private static TransactionSystemException rollbackFailedAfter(RuntimeException original) {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(original);
        return rollback;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("failures")
    void tellsAnOutageFromEveryOtherFailure(String what, boolean outage, Throwable failure) {
        assertThat(DatabaseOutage.causedBy(failure)).as(what).isEqualTo(outage);
    }
}
