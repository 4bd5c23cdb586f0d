package fr.reperes.observatory.exports;

import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.Spreadsheets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A table as open data: one line per category and period (the total as category {@code TOTAL}), machine codes and
 * plain numbers, with its data dictionary. The same cells as the screen: a withheld figure has its number columns
 * empty and {@code masque} true, never a zero. Comma-separated UTF-8 without byte-order mark and a dot as decimal
 * mark, as data.gouv.fr's schemas ask of open data (a program reads it, not a spreadsheet's locale).
 */
public final class OpenData {

    /** The columns, in order; the dictionary describes each. */
    public static final List<String> COLUMNS = List.of(
            "indicateur",
            "dimension",
            "granularite",
            "periode",
            "categorie",
            "libelle",
            "effectif",
            "cohorte",
            "taux_pourcent",
            "masque");

    private OpenData() {}

    public static List<List<@Nullable Object>> lines(ShownTable table) {
        List<List<@Nullable Object>> lines = new ArrayList<>();
        lines.add(List.copyOf(COLUMNS));
        for (ShownTable.Row row : table.lines()) {
            for (int column = 0; column < table.periodCodes().size(); column++) {
                ShownTable.Cell cell = row.cells().get(column);
                List<@Nullable Object> line = new ArrayList<>();
                line.add(table.indicator().name());
                line.add(table.breakdown().name());
                line.add(table.granularity().name());
                line.add(table.periodCodes().get(column));
                line.add(row.code());
                line.add(row.label());
                line.add(cell.count());
                line.add(cell.cohort());
                line.add(table.indicator().shape() == Indicator.Shape.SHARE ? rate(cell.value()) : null);
                line.add(cell.withheld());
                lines.add(line);
            }
        }
        return lines;
    }

    private static @Nullable String rate(@Nullable Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.1f", value);
    }

    public static byte[] csv(ShownTable table) {
        return Spreadsheets.csv(lines(table), ',', false);
    }

    /**
     * The data dictionary, in Markdown: what is counted (the indicator's definition from the bundles), each column
     * with its type, and the rule that withheld the empty cells.
     */
    public static String dictionary(ShownTable table, Words words) {
        String key = table.indicator().key();
        StringBuilder text = new StringBuilder();
        text.append("# ").append(words.text(key + ".title")).append("\n\n");
        text.append(words.text("observatory.dictionary.intro", table.caption())).append("\n\n");
        text.append("## ").append(words.text("observatory.definition")).append("\n\n");
        text.append("- ")
                .append(words.text("observatory.definition.numerator"))
                .append(" : ")
                .append(words.text(key + ".numerator"))
                .append('\n');
        if (table.indicator().shape() == Indicator.Shape.SHARE) {
            text.append("- ")
                    .append(words.text("observatory.definition.denominator"))
                    .append(" : ")
                    .append(words.text(key + ".denominator"))
                    .append('\n');
        }
        text.append("- ")
                .append(words.text("observatory.definition.source"))
                .append(" : ")
                .append(words.text(key + ".source"))
                .append('\n');
        text.append("- ")
                .append(words.text("observatory.definition.limits"))
                .append(" : ")
                .append(words.text(key + ".limits"))
                .append("\n\n");
        text.append("## ").append(words.text("observatory.dictionary.columns")).append("\n\n");
        text.append("| ")
                .append(words.text("observatory.dictionary.column"))
                .append(" | ")
                .append(words.text("observatory.dictionary.type"))
                .append(" | ")
                .append(words.text("observatory.dictionary.meaning"))
                .append(" |\n|---|---|---|\n");
        for (String column : COLUMNS) {
            text.append("| `")
                    .append(column)
                    .append("` | ")
                    .append(words.text("observatory.dictionary.type." + column))
                    .append(" | ")
                    .append(words.text("observatory.dictionary.column." + column))
                    .append(" |\n");
        }
        text.append("\n## ")
                .append(words.text("observatory.dictionary.suppression"))
                .append("\n\n");
        text.append(words.text("observatory.dictionary.suppression.rule")).append('\n');
        return text.toString();
    }
}
