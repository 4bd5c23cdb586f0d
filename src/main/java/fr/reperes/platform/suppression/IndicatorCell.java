package fr.reperes.platform.suppression;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One published figure: a territory's or the département's, for one month. A suppressed number is absent, not
 * hidden behind a flag, so that no caller can show it by mistake.
 *
 * @param count   young people concerned; empty when suppressed
 * @param cohort  young people in the cohort of a share; empty when suppressed, and for a plain count
 * @param share   count / cohort, between 0 and 1; empty unless both are shown
 */
public record IndicatorCell(OptionalInt count, OptionalInt cohort, OptionalDouble share) {

    public static IndicatorCell of(@Nullable Integer count, @Nullable Integer cohort) {
        OptionalInt shownCount = count == null ? OptionalInt.empty() : OptionalInt.of(count);
        OptionalInt shownCohort = cohort == null ? OptionalInt.empty() : OptionalInt.of(cohort);
        OptionalDouble share = count == null || cohort == null || cohort == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) count / cohort);
        return new IndicatorCell(shownCount, shownCohort, share);
    }

    /** The count is withheld: fewer than 5 young people, or it would let a withheld cell be recomputed. */
    public boolean suppressed() {
        return count.isEmpty();
    }
}
