package fr.reperes.dossier.measures;

import fr.reperes.dossier.Decider;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.VisitingRights;
import fr.reperes.dossier.anonymity.Placement;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One measure as its reader may see it. */
public record MeasureLine(
        long id,
        MeasureKind kind,
        Decider decidedBy,
        LocalDate decidedOn,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        Status status,
        @Nullable Placement placement,
        @Nullable VisitingRights visitingRights,
        @Nullable String visitingFrequency) {

    public enum Status {
        PLANNED,
        ACTIVE,
        ENDED
    }

    /** The same measure with the dates held elsewhere (see MeasureTerms), and its status on {@code today}. */
    MeasureLine withTerm(LocalDate starts, LocalDate ends, LocalDate today) {
        return new MeasureLine(
                id,
                kind,
                decidedBy,
                decidedOn,
                starts,
                ends,
                statusOn(starts, ends, today),
                placement,
                visitingRights,
                visitingFrequency);
    }

    static Status statusOn(LocalDate startsOn, @Nullable LocalDate endsOn, LocalDate today) {
        if (today.isBefore(startsOn)) {
            return Status.PLANNED;
        }
        return endsOn != null && endsOn.isBefore(today) ? Status.ENDED : Status.ACTIVE;
    }
}
