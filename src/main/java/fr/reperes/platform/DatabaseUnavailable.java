package fr.reperes.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether an error means the database cannot be reached (stopped, restarting, the network to it cut, the pool out of
 * connections for longer than {@code spring.datasource.hikari.connection-timeout}), as opposed to a fault of the
 * portal: the person is told Repères is momentarily unavailable and that nothing they wrote is lost (the page keeps
 * it, and nothing was half-written: each change is one transaction), and the portal carries on once the database is
 * back, without a restart.
 */
public final class DatabaseUnavailable {

    /** SQL's class of states for "connection exception" (08001 cannot connect, 08003 closed, 08S01 link failure). */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseUnavailable() {}

    /**
     * Whether {@code thrown}, one of its causes or what it suppressed says the database could not be reached. A
     * transaction cut by the stop fails twice: its statement, then its rollback on the closed connection, and Spring
     * throws the second (on a closed connection).
     */
    public static boolean causedBy(@Nullable Throwable thrown) {
        return causedBy(thrown, 0);
    }

    private static boolean connectionState(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && state.startsWith(CONNECTION_EXCEPTION);
    }

    /**
     * A connection used after the stop broke it: the pool (HikariCP's "Connection is closed", with no SQL state)
     * and the driver (MariaDB's "... cannot be called on a closed connection") say so only in words.
     */
    private static boolean closedConnection(SQLException sql) {
        String message = sql.getMessage();
        return message != null
                && (message.contains("Connection is closed") || message.contains("on a closed connection"));
    }

    private static boolean causedBy(@Nullable Throwable thrown, int depth) {
        // Bounded: a chain of causes may loop.
        for (Throwable cause = thrown; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && (connectionState(sql) || closedConnection(sql))) {
                return true;
            }
            if (cause instanceof TransactionSystemException system
                    && causedBy(system.getApplicationException(), depth + 1)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (causedBy(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
