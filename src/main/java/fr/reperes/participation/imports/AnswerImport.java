package fr.reperes.participation.imports;

import fr.reperes.participation.AnswerStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the council's decisions and the département's answers as they stand, with the dates they were written: the
 * demo's past months, an import tomorrow. Tells nobody.
 */
@Service
public class AnswerImport {

    private final JdbcClient jdbc;

    AnswerImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the council decided on the proposal (adopted or not). */
    @Transactional
    public void decided(long proposalId, Instant decidedAt) {
        jdbc.sql("UPDATE proposal SET decided_at = :at WHERE id = :id")
                .param("at", Timestamp.from(decidedAt))
                .param("id", proposalId)
                .update();
    }

    /** An answer of the département as it was written. */
    public record NewAnswer(
            long proposalId,
            AnswerStatus status,
            String responsibleService,
            LocalDate answeredOn,
            @Nullable LocalDate expectedBy,
            @Nullable String text,
            long writtenByAccountId,
            Instant writtenAt) {}

    @Transactional
    public void answer(NewAnswer answer) {
        jdbc.sql("""
                        INSERT INTO council_answer_entry (proposal_id, kind, status, responsible_service, answered_on,
                                                          expected_by, body, written_by_account_id, written_at)
                        VALUES (:proposal, 'ANSWER', :status, :service, :answeredOn, :expectedBy, :body, :account,
                                :at)""")
                .param("proposal", answer.proposalId())
                .param("status", answer.status().name())
                .param("service", answer.responsibleService())
                .param("answeredOn", answer.answeredOn())
                .param("expectedBy", answer.expectedBy())
                .param("body", answer.text())
                .param("account", answer.writtenByAccountId())
                .param("at", Timestamp.from(answer.writtenAt()))
                .update();
    }

    /** News of an answer as it was written. */
    public record NewProgress(
            long proposalId,
            String text,
            @Nullable Integer percentDone,
            @Nullable String step,
            long writtenByAccountId,
            Instant writtenAt) {}

    @Transactional
    public void progress(NewProgress progress) {
        jdbc.sql("""
                        INSERT INTO council_answer_entry (proposal_id, kind, body, percent_done, step,
                                                          written_by_account_id, written_at)
                        VALUES (:proposal, 'PROGRESS', :body, :percent, :step, :account, :at)""")
                .param("proposal", progress.proposalId())
                .param("body", progress.text())
                .param("percent", progress.percentDone())
                .param("step", progress.step())
                .param("account", progress.writtenByAccountId())
                .param("at", Timestamp.from(progress.writtenAt()))
                .update();
    }
}
