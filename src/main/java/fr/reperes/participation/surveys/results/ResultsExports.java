package fr.reperes.participation.surveys.results;

import fr.reperes.platform.Spreadsheets;
import java.util.ArrayList;
import java.util.List;
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
        return Spreadsheets.frenchCsv(lines);
    }

    static byte[] ods(String sheetName, List<List<@Nullable Object>> lines) {
        return Spreadsheets.ods(sheetName, lines);
    }
}
