package fr.reperes.observatory;

import fr.reperes.identity.Viewer;
import fr.reperes.platform.suppression.IndicatorCell;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The indicators that changed most between the last two published months, for the observatory's home: read from the
 * same protected tables as every screen ({@link ObservatoryFigures}), so a withheld total is never compared, and only
 * once published (by the nightly publisher or a first reader).
 */
@Service
public class IndicatorChanges {

    /** How many changes the home shows. */
    static final int SHOWN = 5;

    private final ObservatoryFigures figures;

    IndicatorChanges(ObservatoryFigures figures) {
        this.figures = figures;
    }

    /**
     * One indicator's département total in the month before the last published one and in that one.
     *
     * @param change  for a share, the difference in percentage points; for a count, the relative difference in percent
     */
    public record Change(
            Indicator indicator,
            YearMonth previousMonth,
            YearMonth lastMonth,
            IndicatorCell previous,
            IndicatorCell last,
            double change) {

        public boolean rose() {
            return change > 0;
        }
    }

    /** The last month whose figures are published, if any; refused as {@link ObservatoryFigures} refuses. */
    public Optional<YearMonth> lastPublishedMonth(Viewer viewer) {
        return figures.lastPublishedMonth(viewer);
    }

    /** The {@value #SHOWN} largest changes, largest first; refused as {@link ObservatoryFigures} refuses. */
    public List<Change> largest(Viewer viewer) {
        Optional<YearMonth> published = figures.lastPublishedMonth(viewer);
        if (published.isEmpty()) {
            return List.of();
        }
        YearMonth last = published.get();
        YearMonth previous = last.minusMonths(1);
        List<Change> changes = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Optional<IndicatorCell> before = total(viewer, indicator, previous);
            Optional<IndicatorCell> after = total(viewer, indicator, last);
            if (before.isPresent() && after.isPresent()) {
                change(before.get(), after.get(), indicator.shape())
                        .ifPresent(change ->
                                changes.add(new Change(indicator, previous, last, before.get(), after.get(), change)));
            }
        }
        return changes.stream()
                .sorted(Comparator.comparingDouble((Change change) -> -Math.abs(change.change()))
                        .thenComparing(Change::indicator))
                .limit(SHOWN)
                .toList();
    }

    /** Only from a table already published: the home is read often and must not be the one to protect 72 tables. */
    private Optional<IndicatorCell> total(Viewer viewer, Indicator indicator, YearMonth month) {
        return figures.publishedTable(
                        viewer, indicator, Dimension.TERRITORY, null, Granularity.MONTH, Year.of(month.getYear()))
                .flatMap(table -> {
                    int column = table.periods().indexOf(month.toString());
                    return column < 0
                            ? Optional.empty()
                            : Optional.of(table.total().get(column));
                });
    }

    /** Empty when a number needed is withheld, or a count went from nothing (no percentage of nothing). */
    static Optional<Double> change(IndicatorCell before, IndicatorCell after, Indicator.Shape shape) {
        if (shape == Indicator.Shape.SHARE) {
            if (before.share().isEmpty() || after.share().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    100 * (after.share().getAsDouble() - before.share().getAsDouble()));
        }
        if (before.count().isEmpty()
                || after.count().isEmpty()
                || before.count().getAsInt() == 0) {
            return Optional.empty();
        }
        return Optional.of(100.0
                * (after.count().getAsInt() - before.count().getAsInt())
                / before.count().getAsInt());
    }
}
