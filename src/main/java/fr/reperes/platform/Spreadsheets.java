package fr.reperes.platform;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Lines of cells as the files the portal's tables are downloaded as: CSV (commons-csv) and ODS (SODS). A cell is a
 * number (the spreadsheet can add it up) or its words.
 */
public final class Spreadsheets {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private Spreadsheets() {}

    /**
     * For French spreadsheets: semicolons, because a French spreadsheet reads the comma as the decimal mark and splits
     * on its list separator ";", and a UTF-8 byte-order mark, without which Excel reads UTF-8 as Windows-1252 and
     * mangles "département" (LibreOffice reads it either way).
     */
    public static byte[] frenchCsv(List<List<@Nullable Object>> lines) {
        return csv(lines, ';', true);
    }

    public static byte[] csv(List<List<@Nullable Object>> lines, char delimiter, boolean byteOrderMark) {
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

    /** The lines in an OpenDocument spreadsheet, in one sheet named {@code sheetName}. */
    public static byte[] ods(String sheetName, List<List<@Nullable Object>> lines) {
        int columns = Math.max(1, lines.stream().mapToInt(List::size).max().orElse(1));
        Sheet sheet = new Sheet(sheetName, Math.max(1, lines.size()), columns);
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
