package fr.reperes.observatory.exports;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import fr.reperes.observatory.shown.ShownTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A table exactly as shown ({@link ShownTable}), as a file: its caption, the withheld legend, the header, the rows and
 * the total, each cell in the screen's words. A count is written as a number (the spreadsheet can add it up), every
 * other cell as the text the screen shows: a share with its count and cohort, and the withheld words where the screen
 * has them, so that no file can hold a number the screen withholds, nor a zero in its place.
 * <p>
 * The CSV is for French spreadsheets: semicolons, because a French spreadsheet reads the comma as the decimal mark
 * and splits on its list separator ";", and a UTF-8 byte-order mark, without which Excel reads UTF-8 as Windows-1252
 * and mangles "département" (LibreOffice reads it either way).
 */
public final class FigureExports {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

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
        return csv(lines(table), ';', true);
    }

    static byte[] csv(List<List<@Nullable Object>> lines, char delimiter, boolean byteOrderMark) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.Builder.create(CSVFormat.RFC4180)
                                .setDelimiter(delimiter)
                                .get())) {
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            for (List<@Nullable Object> line : lines) {
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same lines in an OpenDocument spreadsheet (SODS), in one sheet named {@code sheetName}. */
    public static byte[] ods(ShownTable table, String sheetName) {
        List<List<@Nullable Object>> lines = lines(table);
        int columns = Math.max(1, lines.stream().mapToInt(List::size).max().orElse(1));
        Sheet sheet = new Sheet(sheetName, lines.size(), columns);
        for (int row = 0; row < lines.size(); row++) {
            List<@Nullable Object> line = lines.get(row);
            for (int column = 0; column < line.size(); column++) {
                sheet.getRange(row, column).setValue(line.get(column));
            }
        }
        SpreadSheet spreadSheet = new SpreadSheet();
        spreadSheet.appendSheet(sheet);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            spreadSheet.save(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
