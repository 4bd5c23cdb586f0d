package fr.reperes.observatory.reports;

import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.shown.Definition;
import fr.reperes.observatory.shown.FigureSummary;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import java.util.List;

/**
 * What a yearly report says, the same for its PDF and its HTML: its title, the département's introduction, then for
 * each indicator chosen its title, its definition, for each breakdown the table exactly as the page shows it
 * ({@link ShownTable}) with its summary in words and charts, and the département's comment.
 *
 * @param title     the report's title
 * @param subtitle  its year, granularity and the day it was written, in words
 * @param language  its language tag (fr, en)
 */
public record ReportContent(
        String title, String subtitle, String language, String introduction, List<Section> sections) {

    public ReportContent {
        sections = List.copyOf(sections);
    }

    /** One indicator. */
    public record Section(
            Indicator indicator, String title, List<Definition.Entry> definition, List<Part> parts, String comment) {

        public Section {
            definition = List.copyOf(definition);
            parts = List.copyOf(parts);
        }
    }

    /**
     * One breakdown of an indicator: its table as shown, the summary that the page says above its chart (and gives as
     * the line's text alternative), and the bars' text alternative (the categories of the last period).
     */
    public record Part(ShownTable table, String summary) {

        /** The line of the total is drawn when there are two periods at least, as on the page. */
        public boolean hasTotalChart() {
            return table.periods().size() > 1;
        }

        /** The bars of the categories of the last period are drawn when there are two categories at least. */
        public boolean hasCategoriesChart() {
            return !table.periods().isEmpty() && table.rows().size() > 1;
        }

        public int lastPeriod() {
            return table.periods().size() - 1;
        }

        public String categoriesText() {
            return FigureSummary.categories(table, lastPeriod());
        }

        public static Part of(ShownTable table, Words words) {
            return new Part(table, FigureSummary.text(table, words));
        }
    }
}
