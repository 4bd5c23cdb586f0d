package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What counts as "the database cannot be reached": every way the pool, the driver, Hibernate and Spring say it,
 * however deep it is wrapped (Spring creates the views); and nothing that is the portal's own fault or the data's.
 */
class DatabaseUnavailableTest {

    private static final List<Throwable> UNREACHABLE = List.of(
            new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"),
            new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"),
            new DataAccessResourceFailureException("Connection is closed"),
            new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("down")),
            new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"),
            new SQLNonTransientConnectionException("Socket fail to connect"),
            new ConnectException("Connection refused"),
            // Hikari's closed connection, and a driver's link failure: the state says so, whatever the type.
            new SQLException("Connection is closed", "08003"),
            new SQLSyntaxErrorException("Communications link failure", "08S01"),
            // A connection used after the stop broke it: HikariCP and MariaDB's driver say so only in words.
            new SQLException("Connection is closed"),
            new SQLSyntaxErrorException(
                    "(conn=6) Connection.setNetworkTimeout cannot be called on a closed connection"));

    private static final List<Throwable> NOT_THE_DATABASE_BEING_AWAY = List.of(
            new IllegalStateException("No one is signed in"),
            new DataIntegrityViolationException("Duplicate entry", new SQLIntegrityConstraintViolationException()),
            new SQLException("Deadlock found", "40001"),
            new CannotAcquireLockException("Lock wait timeout exceeded"),
            new SQLSyntaxErrorException("Unknown column", "42S22"),
            new SQLException("no state"));

    @Test
    void everyWayOfSayingTheDatabaseIsAwayIsRecognisedHoweverWrapped() {
        for (Throwable unreachable : UNREACHABLE) {
            assertThat(DatabaseUnavailable.causedBy(unreachable))
                    .as("%s", unreachable)
                    .isTrue();
            assertThat(DatabaseUnavailable.causedBy(wrapped(unreachable)))
                    .as("wrapped %s", unreachable)
                    .isTrue();
            RuntimeException suppressing = new IllegalStateException("while closing");
            suppressing.addSuppressed(unreachable);
            assertThat(DatabaseUnavailable.causedBy(suppressing))
                    .as("suppressed %s", unreachable)
                    .isTrue();
        }
    }

    @Test
    void aRollbackThatFailedAfterTheStopKeepsTheReasonOfTheFirstFailure() {
        TransactionSystemException rollback = new TransactionSystemException("Could not roll back");
        rollback.initApplicationException(new DataAccessResourceFailureException("Connection is closed"));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(
                        new RuntimeException("Unable to rollback", new SQLException("Connection is closed")))))
                .isTrue();
    }

    @Test
    void otherErrorsAreNotTakenForAnOutage() {
        for (Throwable other : NOT_THE_DATABASE_BEING_AWAY) {
            assertThat(DatabaseUnavailable.causedBy(other)).as("%s", other).isFalse();
            assertThat(DatabaseUnavailable.causedBy(wrapped(other)))
                    .as("wrapped %s", other)
                    .isFalse();
        }
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }

    @Test
    void aChainOfCausesThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseUnavailable.causedBy(first)).isFalse();
    }

    private static Throwable wrapped(Throwable cause) {
        return new BeanCreationException("carePlanView", new IllegalStateException("constructor threw", cause));
    }
}
