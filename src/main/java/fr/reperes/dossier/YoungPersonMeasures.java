package fr.reperes.dossier;

import java.util.List;

/** A young person's measures, newest first, for one reader. */
public record YoungPersonMeasures(long youngPersonId, String firstName, int age, List<MeasureLine> measures) {

    public boolean anyActive(java.util.function.Predicate<MeasureLine> test) {
        return measures.stream().filter(m -> m.status() == MeasureLine.Status.ACTIVE).anyMatch(test);
    }
}
