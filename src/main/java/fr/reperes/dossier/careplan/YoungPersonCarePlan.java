package fr.reperes.dossier.careplan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The PPE of one young person for one reader: the version shown (null before the first) and the history. */
public record YoungPersonCarePlan(
        long youngPersonId, String firstName, @Nullable CarePlanVersion shown, List<CarePlanSummary> history) {

    /** The version shown is the latest published one (not one opened from the history). */
    public boolean showsLatest() {
        return shown != null && history.stream().allMatch(version -> version.number() <= shown.number());
    }
}
