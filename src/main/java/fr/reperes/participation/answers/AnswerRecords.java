package fr.reperes.participation.answers;

import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.ProposalTheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the answers' services return and accept. */
public final class AnswerRecords {

    private AnswerRecords() {}

    /** An answer, or an update on its progress. */
    public enum EntryKind {
        ANSWER,
        PROGRESS
    }

    /**
     * A proposal the council adopted and where its answer stands: the answer in force (none yet when
     * {@code status} is null) and the latest update.
     */
    public record AdoptedProposal(
            long proposalId,
            long councilId,
            String councilName,
            String title,
            ProposalTheme theme,
            Instant decidedAt,
            @Nullable AnswerStatus status,
            @Nullable String responsibleService,
            @Nullable LocalDate expectedBy,
            @Nullable Integer percentDone,
            @Nullable String lastStep,
            int entries,
            Instant lastNewsAt,
            boolean late) {}

    /** One line of an answer's history, as it was written. */
    public record AnswerEntry(
            long id,
            EntryKind kind,
            @Nullable AnswerStatus status,
            @Nullable String responsibleService,
            @Nullable LocalDate answeredOn,
            @Nullable LocalDate expectedBy,
            @Nullable String text,
            @Nullable Integer percentDone,
            @Nullable String step,
            Instant writtenAt) {}

    /** An adopted proposal with the whole history of its answer, oldest first. */
    public record AnswerTimeline(
            long proposalId,
            long councilId,
            String title,
            String body,
            ProposalTheme theme,
            Instant decidedAt,
            List<AnswerEntry> entries) {

        /** The answer in force: the latest ANSWER line, if any. */
        public @Nullable AnswerEntry answer() {
            return entries.reversed().stream()
                    .filter(entry -> entry.kind() == EntryKind.ANSWER)
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * The département's answer as the animateur writes it. {@code text} is what will be done, or the reasons of a
     * refusal (required then).
     */
    public record AnswerDraft(
            @Nullable AnswerStatus status,
            String responsibleService,
            @Nullable LocalDate answeredOn,
            @Nullable LocalDate expectedBy,
            String text) {}

    /** News of an accepted or studied answer: what happened, and optionally how far along or which step. */
    public record ProgressDraft(String text, @Nullable Integer percentDone, String step) {}

    /** A proposal whose answer changed since the member's previous visit. */
    public record AnswerNews(long proposalId, String title, Instant at) {}
}
