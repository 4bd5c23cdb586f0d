package fr.reperes.observatory.exports;

import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.platform.Spreadsheets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table exactly as shown ({@link ShownTable}), as a file: its caption, the withheld legend, the header, the rows and
 * the total, each cell in the screen's words. A count is written as a number (the spreadsheet can add it up), every
 * other cell as the text the screen shows: a share with its count and cohort, and the withheld words where the screen
 * has them, so that no file can hold a number the screen withholds, nor a zero in its place.
 * The CSV is for French spreadsheets ({@link Spreadsheets#frenchCsv}).
 */
public final class FigureExports {

    public static final String CSV_TYPE = Spreadsheets.CSV_TYPE;
    public static final String ODS_TYPE = Spreadsheets.ODS_TYPE;

    private FigureExports() {}

    /** The lines of the file: caption, legend, an empty line, the header, the rows, the total. */
    public static List<List<@Nullable Object>> lines(ShownTable table) {
        List<List<@Nullable Object>> lines = new ArrayList<>();
        lines.add(List.of(table.caption()));
        lines.add(List.of(table.withheldLegend()));
        lines.add(List.of());
        lines.add(List.copyOf(table.header()));
        for (ShownTable.Row row : table.lines()) {
            List<@Nullable Object> line = new ArrayList<>();
            line.add(row.label());
            for (ShownTable.Cell cell : row.cells()) {
                line.add(value(cell));
            }
            lines.add(line);
        }
        return lines;
    }

    /** A plain count as a number, anything else as its words. */
    static Object value(ShownTable.Cell cell) {
        Integer count = cell.count();
        if (count != null && cell.text().equals(Integer.toString(count))) {
            return count;
        }
        return cell.text();
    }

    /** The number of lines {@link #lines} puts before the header. */
    public static final int HEADER_LINE = 3;

    public static byte[] csv(ShownTable table) {
        return Spreadsheets.frenchCsv(lines(table));
    }

    /** The same lines in an OpenDocument spreadsheet, in one sheet named {@code sheetName}. */
    public static byte[] ods(ShownTable table, String sheetName) {
        return Spreadsheets.ods(sheetName, lines(table));
    }
}
