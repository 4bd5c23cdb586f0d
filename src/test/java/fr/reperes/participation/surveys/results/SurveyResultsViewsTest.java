package fr.reperes.participation.surveys.results;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.reperes.KaribuTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.TestSignIn;
import fr.reperes.participation.SurveyResults;
import fr.reperes.participation.SurveyResults.Filter;
import fr.reperes.participation.SurveyResults.Grouping;
import fr.reperes.participation.SurveyResults.Page;
import fr.reperes.participation.SurveyResults.QuestionResult;
import fr.reperes.participation.SurveyResultsFixture;
import fr.reperes.platform.BundleTranslations;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The results pages: the authors' (charts, tables and exports hold no number under 5, and the exports are the tables
 * shown, cell for cell, over random answer sets and every grouping), and the page given back (only to those asked,
 * once published, in their own words).
 */
class SurveyResultsViewsTest extends KaribuTest {

    @Autowired
    SurveyResults results;

    @Autowired
    BundleTranslations translations;

    private ResultsTable.Words words() {
        return (key, params) -> translations.getTranslation(key, BundleTranslations.FRENCH, params);
    }

    @Test
    void theAuthorsPageShowsNoCountUnderFiveAndOnlyAuthorsOpenIt() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        f.write(f.random(new Random(11), 70));
        f.close();
        for (String author : List.of("yanis", "odpe")) {
            signInAs(author);
            assertThat(open("questionnaires/" + f.surveyId + "/resultats"))
                    .as(author)
                    .isEqualTo(200);
            assertThat(pageText()).contains("réponses sur", "Se sentir en sécurité", "(fichier .ods)");
            assertThat(_find(NativeTableCell.class))
                    .isNotEmpty()
                    .allSatisfy(cell -> assertThat(cell.getText())
                            .satisfiesAnyOf(
                                    text -> assertThat(text).isEqualTo("masqué"),
                                    text -> assertThat(Integer.parseInt(text)).isGreaterThanOrEqualTo(5)));
            tearDownVaadin();
        }
        for (String refused : List.of("claire", "lina", "karim")) {
            signInAs(refused);
            assertThat(open("questionnaires/" + f.surveyId + "/resultats"))
                    .as(refused)
                    .isEqualTo(403);
            assertThat(pageText()).doesNotContain("Se sentir en sécurité");
            tearDownVaadin();
        }
    }

    /**
     * Before the close the page counts nothing and says when figures come; after it, the territory filter offers the
     * département's territories whatever the columns chosen.
     */
    @SuppressWarnings("unchecked")
    @Test
    void countsAppearAtTheCloseAndTheTerritoryFilterFillsUnderEveryGrouping() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        f.write(f.random(new Random(13), 60));
        signInAs("yanis");
        assertThat(open("questionnaires/" + f.surveyId + "/resultats")).isEqualTo(200);
        assertThat(pageText()).contains("apparaîtront ici quand il sera clos").doesNotContain("réponses sur");
        assertThat(_find(NativeTableCell.class)).isEmpty();
        tearDownVaadin();

        f.close();
        signInAs("yanis");
        assertThat(open("questionnaires/" + f.surveyId + "/resultats")).isEqualTo(200);
        Select<Long> territory = (Select<Long>) _find(Select.class).stream()
                .filter(select -> "Territoire".equals(select.getLabel()))
                .findFirst()
                .orElseThrow();
        assertThat(territory.getListDataView().getItems().toList())
                .as("columns: all together")
                .containsExactlyInAnyOrderElementsOf(f.territories);
    }

    /**
     * The class of inputs: random answer sets under every grouping. Every exported data cell is "masqué" or a number
     * of 5 or more, and the CSV and the ODS read back are the tables shown, cell for cell.
     */
    @Test
    void exportsAreExactlyTheTablesShownWithNoCountUnderFive() throws Exception {
        for (int seed = 0; seed < 4; seed++) {
            SurveyResultsFixture f = new SurveyResultsFixture(context, true);
            f.write(f.random(new Random(100 + seed), 20 + 40 * seed));
            f.close();
            for (Grouping grouping : Grouping.values()) {
                Page page = results.results(f.yanis, f.surveyId, new Filter(null, null, null, grouping));
                List<ResultsTable> tables = new ArrayList<>();
                for (QuestionResult question : page.questions()) {
                    tables.add(ResultsTable.of(question, page.groups(), grouping == Grouping.BAND, words()));
                }
                List<List<Object>> lines = new ArrayList<>();
                ResultsExports.lines(page.title(), "filtre", tables, words())
                        .forEach(l -> lines.add(new ArrayList<>(l)));
                // The data cells: every line of a table after its header, every column after the label.
                for (ResultsTable table : tables) {
                    List<ResultsTable.Row> rows = new ArrayList<>(table.rows());
                    rows.add(table.respondents());
                    for (ResultsTable.Row row : rows) {
                        for (Integer cell : row.cells()) {
                            assertThat(cell == null || cell >= 5)
                                    .as("%s %s", row.label(), cell)
                                    .isTrue();
                        }
                    }
                }
                String csv = new String(
                        ResultsExports.csv(ResultsExports.lines(page.title(), "filtre", tables, words())),
                        StandardCharsets.UTF_8);
                List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.EXCEL)
                        .setDelimiter(';')
                        .get()
                        .parse(new StringReader(csv.substring(1)))
                        .getRecords();
                assertThat(records).hasSize(lines.size());
                for (int i = 0; i < lines.size(); i++) {
                    List<String> expected =
                            lines.get(i).stream().map(String::valueOf).toList();
                    List<String> read = records.get(i).toList();
                    assertThat(read.equals(List.of("")) ? List.of() : read).isEqualTo(expected);
                }
                SpreadSheet ods = new SpreadSheet(new ByteArrayInputStream(ResultsExports.ods(
                        "Résultats", ResultsExports.lines(page.title(), "filtre", tables, words()))));
                Sheet sheet = ods.getSheet(0);
                for (int i = 0; i < lines.size(); i++) {
                    for (int j = 0; j < lines.get(i).size(); j++) {
                        Range cell = sheet.getRange(i, j);
                        Object value = cell.getValue();
                        Object expected = lines.get(i).get(j);
                        if (expected instanceof Integer number) {
                            assertThat(((Number) value).intValue())
                                    .isEqualTo(number)
                                    .isGreaterThanOrEqualTo(5);
                        } else {
                            assertThat(String.valueOf(value)).isEqualTo(String.valueOf(expected));
                        }
                    }
                }
            }
        }
    }

    @Test
    void anAuthorKeepsAndHidesTextsFromTheListOfThoseToRead() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        List<SurveyResultsFixture.Sheet> sheets = new ArrayList<>();
        for (String text : List.of("Je me sens bien ici.", "Le foyer est bruyant la nuit.")) {
            sheets.add(new SurveyResultsFixture.Sheet(f.youngVariant, null, 4, Set.of(), text, null));
        }
        f.write(sheets);
        signInAs("yanis");
        assertThat(open("questionnaires/" + f.surveyId + "/resultats")).isEqualTo(200);
        assertThat(pageText()).contains("Je me sens bien ici.", "Le foyer est bruyant la nuit.");
        _click(_find(Button.class, spec -> spec.withText("Garder")).getFirst());
        _click(_get(Button.class, spec -> spec.withText("Masquer")));
        assertThat(pageText()).contains("Aucune réponse écrite.").doesNotContain("Je me sens bien ici.");
        assertThat(results.texts(f.yanis, f.surveyId, SurveyResults.TextReview.PUBLISHABLE))
                .hasSize(1);
        assertThat(results.texts(f.yanis, f.surveyId, SurveyResults.TextReview.HIDDEN))
                .hasSize(1);
    }

    @Test
    void resultsAreGivenBackToThoseAskedOnceClosedAndPublished() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true, true);
        f.write(f.random(new Random(12), 60));
        f.close();
        String location = "mes-questionnaires/" + f.surveyId + "/resultats";
        signInAs("lina");
        assertThat(open(location)).isEqualTo(200);
        assertThat(pageText()).contains("pas encore publiés", "Tu les liras").doesNotContain("Voici ce que");
        tearDownVaadin();
        results.publish(TestSignIn.viewer(context, "yanis"), f.surveyId, "Nous ouvrons une permanence le mercredi.");
        signInAs("lina");
        assertThat(open(location)).isEqualTo(200);
        assertThat(pageText())
                .contains(
                        "Voici ce que vous avez dit",
                        "Voici ce que le département va faire",
                        "Nous ouvrons une permanence le mercredi.",
                        "Merci à toi",
                        "Te sens-tu en sécurité ?");
        tearDownVaadin();
        signInAs("karim");
        assertThat(open(location)).isEqualTo(200);
        assertThat(pageText()).contains("Votre enfant en sécurité ?", "Nous ouvrons une permanence");
        tearDownVaadin();
        for (String refused : List.of("mehdi", "claire", "yanis")) {
            signInAs(refused);
            assertThat(open(location)).as(refused).isEqualTo(403);
            assertThat(pageText()).doesNotContain("Nous ouvrons une permanence");
            tearDownVaadin();
        }
    }

    /**
     * The ways in: the authors' list links every published survey's results, a survey's editor once it has answers, and
     * those asked find the results given back from their own list once published.
     */
    @Test
    void theAuthorsListAndEditorLinkToResultsOnceAnsweredAndRespondentsToTheGivenBackPage() {
        SurveyResultsFixture answered = new SurveyResultsFixture(context, true, true);
        answered.write(answered.random(new Random(13), 12));
        SurveyResultsFixture silent = new SurveyResultsFixture(context, true);
        String answeredResults = "questionnaires/" + answered.surveyId + "/resultats";
        String silentResults = "questionnaires/" + silent.surveyId + "/resultats";
        signInAs("yanis");
        assertThat(open("questionnaires")).isEqualTo(200);
        // The list links every published survey: its results page is where texts are moderated while it is open,
        // and the list gives no count before the close.
        assertThat(hrefs()).contains(answeredResults, silentResults);
        tearDownVaadin();
        signInAs("yanis");
        assertThat(open("questionnaires/" + answered.surveyId + "/edition")).isEqualTo(200);
        assertThat(hrefs()).contains(answeredResults);
        tearDownVaadin();
        signInAs("yanis");
        assertThat(open("questionnaires/" + silent.surveyId + "/edition")).isEqualTo(200);
        assertThat(hrefs()).doesNotContain(silentResults);
        tearDownVaadin();

        answered.close();
        results.publish(TestSignIn.viewer(context, "yanis"), answered.surveyId, "Merci, nous changeons les horaires.");
        signInAs("lina");
        assertThat(open("mes-questionnaires")).isEqualTo(200);
        String givenBack = "mes-questionnaires/" + answered.surveyId + "/resultats";
        assertThat(hrefs()).contains(givenBack);
        assertThat(open(givenBack)).isEqualTo(200);
        assertThat(pageText()).contains("Merci, nous changeons les horaires.");
    }

    private static List<String> hrefs() {
        return _find(Anchor.class).stream().map(Anchor::getHref).toList();
    }

    /**
     * A danger routing the mail server could not take yet is said on the authors' page with who to call, and only
     * authors ask: a référent is refused.
     */
    @Test
    void aDangerNotYetMailedIsSaidOnTheAuthorsPage() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        signInAs("yanis");
        assertThat(open("questionnaires/" + f.surveyId + "/resultats")).isEqualTo(200);
        assertThat(_find(Paragraph.class, spec -> spec.withId("survey-unmailed")))
                .isEmpty();
        tearDownVaadin();

        context.getBean(JdbcClient.class)
                .sql("""
                        INSERT INTO survey_danger_routing (survey_id, survey_title, question_text, band, text_value,
                            routed_by_account_id, routed_by_name, routed_at)
                        VALUES (:s, 'Titre', 'Question', 'YOUNG_16_21', 'On me frappe.', :by, 'Yanis', NOW(6))""")
                .param("s", f.surveyId)
                .param("by", f.yanis.accountId())
                .update();
        signInAs("yanis");
        assertThat(open("questionnaires/" + f.surveyId + "/resultats")).isEqualTo(200);
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-unmailed")).getText())
                .contains("n’a pas encore pu partir", "appelez la CRIP");
        assertThatThrownBy(() -> results.unmailedRoutings(TestSignIn.viewer(context, "claire"), f.surveyId))
                .isInstanceOf(AccessRefusedException.class);
    }
}
