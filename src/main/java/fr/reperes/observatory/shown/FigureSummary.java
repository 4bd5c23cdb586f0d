package fr.reperes.observatory.shown;

import fr.reperes.observatory.Indicator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A table in words, for whoever does not read the chart: the latest figure of the total, its trend against the period
 * before, and how many cells are withheld. The page shows it above the chart and gives it as the chart's text; it
 * reads the {@link ShownTable}, so it never says a number the table withholds, nor a trend computed from one.
 */
public final class FigureSummary {

    private FigureSummary() {}

    public static String text(ShownTable table, Words words) {
        List<ShownTable.Cell> total = table.total().cells();
        if (total.isEmpty()) {
            return words.text("observatory.summary.empty");
        }
        int last = total.size() - 1;
        ShownTable.Cell latest = total.get(last);
        StringBuilder text = new StringBuilder(
                latest.withheld()
                        ? words.text(
                                "observatory.summary.latest.withheld",
                                table.periods().get(last))
                        : words.text(
                                "observatory.summary.latest", table.periods().get(last), latest.text()));
        if (last > 0) {
            text.append(' ')
                    .append(trend(
                            table, total.get(last - 1), latest, table.periods().get(last - 1), words));
        }
        text.append(' ')
                .append(words.text(
                        "observatory.summary.withheld",
                        table.withheldCells(),
                        table.cellCount(),
                        table.withheldLegend()));
        return text.toString();
    }

    /** The bars of one period in words: each category and its figure as the table says it. */
    public static String categories(ShownTable table, int column) {
        return table.rows().stream()
                .map(row -> row.label() + " : " + row.cells().get(column).text())
                .collect(Collectors.joining(" ; "));
    }

    private static String trend(
            ShownTable table, ShownTable.Cell before, ShownTable.Cell latest, String beforePeriod, Words words) {
        if (before.value() == null || latest.value() == null) {
            return words.text("observatory.summary.no-trend", beforePeriod);
        }
        double change = Objects.requireNonNull(latest.value()) - Objects.requireNonNull(before.value());
        if (Math.abs(change) < 0.05) {
            return words.text("observatory.summary.same", beforePeriod);
        }
        String amount = table.indicator().shape() == Indicator.Shape.SHARE
                ? words.text("observatory.summary.points", ShownTable.decimal(Math.abs(change), words))
                : Long.toString(Math.round(Math.abs(change)));
        return words.text(change > 0 ? "observatory.summary.up" : "observatory.summary.down", amount, beforePeriod);
    }
}
