package fr.reperes.participation.surveys.results;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
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
 * The results page's tables as a file: CSV (semicolons and a byte-order mark, as French spreadsheets expect) and ODS.
 * Exactly the tables shown ({@link ResultsTable}): the same cells, "masqué" where the screen says it; never a text
 * answer.
 */
final class ResultsExports {

    private ResultsExports() {}

    /** Each question: its text, the header, its answers and who answered it, then an empty line. */
    static List<List<@Nullable Object>> lines(
            String title, String filter, List<ResultsTable> tables, ResultsTable.Words words) {
        List<List<@Nullable Object>> lines = new ArrayList<>();
        lines.add(List.of(title));
        lines.add(List.of(filter));
        lines.add(List.of(words.text("survey.results.withheld.legend")));
        for (ResultsTable table : tables) {
            lines.add(List.of());
            lines.add(List.of(table.question()));
            lines.add(List.copyOf(table.header()));
            for (ResultsTable.Row row : table.rows()) {
                lines.add(line(table, row, words));
            }
            lines.add(line(table, table.respondents(), words));
        }
        return lines;
    }

    private static List<@Nullable Object> line(ResultsTable table, ResultsTable.Row row, ResultsTable.Words words) {
        List<@Nullable Object> line = new ArrayList<>();
        line.add(row.label());
        for (Integer cell : row.cells()) {
            line.add(cell == null ? table.cellText(null, words) : cell);
        }
        return line;
    }

    static byte[] csv(List<List<@Nullable Object>> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.Builder.create(CSVFormat.EXCEL)
                                .setDelimiter(';')
                                .get())) {
            writer.write('\uFEFF');
            for (List<@Nullable Object> line : lines) {
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] ods(String sheetName, List<List<@Nullable Object>> lines) {
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
