package org.learnloop.shared.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database (a server stopped or restarting, a network cut, a pool
 * with no connection to give) from every other failure. Such a request is answered "try again"
 * with 503 and a {@code Retry-After} header instead of a 500, and a form keeps what was typed:
 * nothing is wrong with the request, and Learnloop recovers by itself when the database returns,
 * because the connection pool opens fresh connections as soon as it can.
 */
public final class DatabaseOutage {

    /** How long a client is asked to wait before trying again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** The title of the problem detail. */
    public static final String TITLE = "Try again";

    /** What a person or a client is told, on a page and in a problem detail alike. */
    public static final String DETAIL = "Learnloop cannot reach its database just now, so this was not done. "
            + "Try again in a minute.";

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                // someone else's change, not an outage: the person must reload, not just try again
                return false;
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && lostConnection(sql.getSQLState())) {
                return true;
            }
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                // the connection was lost mid-transaction, so rolling back on it failed too
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a connection that failed or could not be made (class 08), and of a PostgreSQL
     * server shutting down or starting up (57P01 to 57P03).
     */
    private static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }
}
