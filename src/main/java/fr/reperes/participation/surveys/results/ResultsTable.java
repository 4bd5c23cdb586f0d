package fr.reperes.participation.surveys.results;

import fr.reperes.participation.QuestionKind;
import fr.reperes.participation.SurveyResults.Group;
import fr.reperes.participation.SurveyResults.OptionCount;
import fr.reperes.participation.SurveyResults.QuestionResult;
import fr.reperes.platform.suppression.IndicatorCell;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * One question's table exactly as shown: the screen's data table, the chart, the summary sentence and both exports
 * are drawn from it, so that an export holds nothing the screen withholds. A withheld cell has no number, only the
 * word "masqué" (one word for every withheld cell: telling "fewer than 5" apart from "withheld to protect another"
 * would narrow the first kind to 0-4).
 */
record ResultsTable(String question, List<String> header, List<Row> rows, Row respondents) {

    /** A row: its label, then one cell per column (the groups, then all of them when there are several). */
    record Row(String label, List<@Nullable Integer> cells) {}

    /** The texts a table needs: a bundle key and its parameters to words. */
    interface Words extends BiFunction<String, Object[], String> {
        default String text(String key, Object... params) {
            return apply(key, params);
        }
    }

    static ResultsTable of(QuestionResult question, List<Group> groups, boolean byBand, Words words) {
        List<String> header = new ArrayList<>();
        header.add(words.text("survey.results.table.answer"));
        boolean several = groups.size() > 1;
        for (Group group : groups) {
            header.add(
                    groups.size() == 1
                            ? words.text("survey.results.table.count")
                            : byBand
                                    ? words.text("survey.band." + group.code())
                                    : group.code().equals("0")
                                            ? words.text("survey.results.table.no-territory")
                                            : group.name());
        }
        if (several) {
            header.add(words.text("survey.results.table.all"));
        }
        List<Row> rows = new ArrayList<>();
        for (OptionCount option : question.options()) {
            rows.add(new Row(label(question.kind(), option, words), cells(option.cells(), option.total(), several)));
        }
        Row respondents = new Row(
                words.text("survey.results.table.respondents"),
                cells(question.respondents(), question.allRespondents(), several));
        return new ResultsTable(question.text(), List.copyOf(header), List.copyOf(rows), respondents);
    }

    private static List<@Nullable Integer> cells(List<IndicatorCell> cells, IndicatorCell total, boolean several) {
        List<@Nullable Integer> shown = new ArrayList<>();
        for (IndicatorCell cell : cells) {
            shown.add(value(cell));
        }
        if (several) {
            shown.add(value(total));
        }
        return shown;
    }

    static @Nullable Integer value(IndicatorCell cell) {
        return cell.count().isPresent() ? cell.count().getAsInt() : null;
    }

    /** Scale and yes/no options read in the bundles' words when they have them; others as the author wrote them. */
    static String label(QuestionKind kind, OptionCount option, Words words) {
        return switch (kind) {
            case SCALE -> words.text("survey.results.scale." + option.code());
            case YES_NO -> words.text("survey.results.yesno." + option.code());
            default -> option.label();
        };
    }

    /** The last column: all groups (or the only one). */
    @Nullable Integer total(Row row) {
        return row.cells().getLast();
    }

    String cellText(@Nullable Integer cell, Words words) {
        return cell == null ? words.text("survey.results.withheld") : Integer.toString(cell);
    }

    /** "12 réponses sur 40 : « Oui » 7, « Non » masqué." — the chart's text alternative and the page's summary. */
    String summary(@Nullable Integer sheets, Words words) {
        Integer answered = total(respondents);
        StringBuilder text = new StringBuilder(
                answered == null
                        ? words.text("survey.results.summary.withheld")
                        : sheets == null
                                ? words.text("survey.results.summary.answers", answered)
                                : words.text("survey.results.summary.answers-of", answered, sheets));
        List<String> parts = new ArrayList<>();
        for (Row row : rows) {
            parts.add(words.text("survey.results.summary.option", row.label(), cellText(total(row), words)));
        }
        if (!parts.isEmpty()) {
            text.append(words.text("survey.results.summary.colon")).append(String.join(", ", parts));
        }
        return text.append('.').toString();
    }
}
