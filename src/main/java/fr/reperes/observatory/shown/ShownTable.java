package fr.reperes.observatory.shown;

import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.FigureTable;
import fr.reperes.observatory.Granularity;
import fr.reperes.observatory.Indicator;
import fr.reperes.platform.suppression.IndicatorCell;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FigureTable} exactly as a reader is shown it: the words of every cell, the header and the caption. The
 * screen's data table, the charts, the summary and the exports "as shown" all read this one object, so that no file
 * holds a number the screen withholds. A withheld cell has no number at all, only the bundle's words
 * ({@code observatory.cell.withheld}): one wording for every withheld cell, since telling "fewer than 5" apart from
 * "withheld to protect another" would narrow the first kind to 0-4.
 *
 * @param periods the readable names of the columns, in order ("mars 2026", "T1 2026", "2026")
 * @param header  the breakdown's name, then the periods
 * @param total   the département's row (or the chosen territory's)
 */
public record ShownTable(
        Indicator indicator,
        Dimension breakdown,
        Granularity granularity,
        String caption,
        List<String> periodCodes,
        List<String> periods,
        List<String> header,
        List<Row> rows,
        Row total,
        String withheldLegend) {

    /** One line: its category code (as in the open-data file), its label, one cell per period. */
    public record Row(String code, String label, List<Cell> cells) {}

    /**
     * One figure as shown.
     *
     * @param count  the people counted, null when withheld
     * @param cohort the cohort of a share, null when withheld or for a plain count
     * @param value  what a chart draws: the count, or the share in percent; null when there is nothing to draw
     * @param text   the words the reader sees (and the exports write)
     */
    public record Cell(
            @Nullable Integer count,
            @Nullable Integer cohort,
            @Nullable Double value,
            String text) {

        public boolean withheld() {
            return count == null;
        }
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-T([1-4])");

    public static ShownTable of(FigureTable table, Words words) {
        Indicator indicator = table.indicator();
        List<String> periods =
                table.periods().stream().map(code -> period(code, words)).toList();
        List<String> header = new ArrayList<>();
        header.add(words.text(table.breakdown().key()));
        header.addAll(periods);
        List<Row> rows = table.rows().stream()
                .map(row -> new Row(row.category(), row.label(), cells(indicator, row.cells(), words)))
                .toList();
        Row total = new Row("TOTAL", words.text("observatory.table.total"), cells(indicator, table.total(), words));
        String caption = words.text(
                "observatory.table.caption",
                words.text(indicator.key() + ".title"),
                words.text(table.breakdown().key()).toLowerCase(words.locale()),
                words.text(table.granularity().key()).toLowerCase(words.locale()));
        if (table.territoryId() != null && !table.rows().isEmpty()) {
            // A territory's table says which, in the files too: their lines carry no other trace of it.
            caption = words.text(
                    "observatory.table.caption.territory",
                    caption,
                    table.rows().getFirst().label());
        }
        return new ShownTable(
                indicator,
                table.breakdown(),
                table.granularity(),
                caption,
                List.copyOf(table.periods()),
                periods,
                List.copyOf(header),
                rows,
                total,
                words.text("observatory.cell.withheld.legend"));
    }

    /** All the rows, the total last: the lines of the data table and of the exports. */
    public List<Row> lines() {
        List<Row> lines = new ArrayList<>(rows);
        lines.add(total);
        return lines;
    }

    /** How many cells are withheld, and of how many (total row included). */
    public int withheldCells() {
        return (int) lines().stream()
                .flatMap(row -> row.cells().stream())
                .filter(Cell::withheld)
                .count();
    }

    public int cellCount() {
        return lines().size() * periods.size();
    }

    private static List<Cell> cells(Indicator indicator, List<IndicatorCell> cells, Words words) {
        return cells.stream().map(cell -> cell(indicator, cell, words)).toList();
    }

    static Cell cell(Indicator indicator, IndicatorCell cell, Words words) {
        if (cell.suppressed()) {
            return new Cell(null, null, null, words.text("observatory.cell.withheld"));
        }
        int count = cell.count().getAsInt();
        if (indicator.shape() == Indicator.Shape.COUNT) {
            return new Cell(count, null, (double) count, Integer.toString(count));
        }
        Integer cohort = cell.cohort().isPresent() ? cell.cohort().getAsInt() : null;
        if (cohort == null || cell.share().isEmpty()) {
            // The cohort is withheld (or empty): the count alone, and nothing to draw as a share.
            return new Cell(
                    count, cohort, null, words.text("observatory.cell.share.count-only", Integer.toString(count)));
        }
        double percent = Math.round(cell.share().getAsDouble() * 1000) / 10.0;
        return new Cell(
                count,
                cohort,
                percent,
                words.text(
                        "observatory.cell.share",
                        percent(percent, words),
                        Integer.toString(count),
                        Integer.toString(cohort)));
    }

    /** A percentage in the reader's way: "45,5 %" in French, "45.5%" in English. */
    public static String percent(double percent, Words words) {
        NumberFormat format = NumberFormat.getPercentInstance(words.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent / 100);
    }

    /** A number with one decimal in the reader's way: "4,5" in French, "4.5" in English. */
    public static String decimal(double number, Words words) {
        NumberFormat format = NumberFormat.getNumberInstance(words.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(number);
    }

    /** A period's code as read: "2026-03" is "mars 2026", "2026-T1" "T1 2026", a year itself. */
    public static String period(String code, Words words) {
        Matcher month = MONTH.matcher(code);
        if (month.matches()) {
            String name = Month.of(Integer.parseInt(month.group(2))).getDisplayName(TextStyle.FULL, words.locale());
            return name + " " + month.group(1);
        }
        Matcher quarter = QUARTER.matcher(code);
        if (quarter.matches()) {
            return words.text("observatory.period.quarter", quarter.group(2), quarter.group(1));
        }
        return code;
    }
}
