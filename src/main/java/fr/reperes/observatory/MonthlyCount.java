package fr.reperes.observatory;

import java.time.YearMonth;

/**
 * A raw number of the observatory, before protection: never leaves the observatory module's internals. One indicator,
 * one month, one territory, one category of a dimension (for {@link Dimension#TERRITORY} the category is the
 * territory id again).
 *
 * @param count   people counted (the numerator of a share)
 * @param cohort  people in the cohort of a share; 0 for a plain count
 */
public record MonthlyCount(
        Indicator indicator,
        Dimension dimension,
        YearMonth month,
        long territoryId,
        String category,
        int count,
        int cohort) {}
