package fr.reperes.observatory;

import fr.reperes.platform.suppression.IndicatorCell;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The pathway figures of a département for the ODPE, month by month, already protected by the small-cell rule: a
 * withheld number is absent from its {@link IndicatorCell}.
 *
 * @param from         first month
 * @param to           last month, over for a month at least
 * @param countedOn    the day of this answer. Each month was counted once, on its
 *                     {@link MonthlyFigure#publishedOn()}, and frozen: records made late (an entretien held that month,
 *                     recorded since) do not change it, or comparing two publications would give withheld numbers
 *                     back
 * @param territories  the département's territories, in the order of every {@link MonthlyFigure}
 * @param figures      one per indicator and month, by indicator then month
 */
public record AutonomyFigures(
        YearMonth from, YearMonth to, LocalDate countedOn, List<Territory> territories, List<MonthlyFigure> figures) {

    public record Territory(long id, String name) {}

    /**
     * One indicator in one month.
     *
     * @param publishedOn  the day the month was counted and its figures frozen
     * @param byTerritory  territory id to cell, in the order of {@link AutonomyFigures#territories()}; a territory
     *                     created after {@code publishedOn} has a cell with every number withheld
     * @param departement  the département's total
     */
    public record MonthlyFigure(
            AutonomyIndicator indicator,
            YearMonth month,
            LocalDate publishedOn,
            Map<Long, IndicatorCell> byTerritory,
            IndicatorCell departement) {

        public IndicatorCell territory(long territoryId) {
            IndicatorCell cell = byTerritory.get(territoryId);
            if (cell == null) {
                throw new NoSuchElementException("no territory " + territoryId + " in this département");
            }
            return cell;
        }
    }

    public MonthlyFigure figure(AutonomyIndicator indicator, YearMonth month) {
        return figures.stream()
                .filter(f -> f.indicator() == indicator && f.month().equals(month))
                .findFirst()
                .orElseThrow(
                        () -> new NoSuchElementException(indicator + " " + month + " is not in " + from + ".." + to));
    }
}
