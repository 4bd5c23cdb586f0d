package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.reperes.Deliveries;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.MailTest;
import fr.reperes.participation.SurveyResults.FreeText;
import fr.reperes.participation.SurveyResults.TextReview;
import fr.reperes.participation.SurveyResultsFixture.Sheet;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A survey's free text that reveals a danger goes by mail to the CRIP, once, after the commit: with the text, the
 * survey's title, the band and the territory, and nothing that names the writer, even in a named survey whose sheet
 * carries the person.
 */
@MailTest
class SurveyDangerMailTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoutedTextReachesTheCripWithoutAnythingThatNamesItsWriter() throws Exception {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        // A young person of the test's own: a participation row for a demo persona would list the survey to them.
        Viewer lina = new SurveyFixtures(context).youngPerson();
        String personKey = "Y:" + lina.youngPersonId();
        long territory = f.territories.getFirst();
        f.write(List.of(new Sheet(
                f.youngVariant, territory, 2, Set.of(), "Le soir on me frappe quand je rentre tard.", personKey)));
        jdbc.sql("UPDATE survey_sheet SET person_key = :p WHERE variant_id = :v")
                .param("p", personKey)
                .param("v", f.youngVariant)
                .update();
        byte[] sheetId = jdbc.sql("SELECT id FROM survey_sheet WHERE variant_id = :v")
                .param("v", f.youngVariant)
                .query(byte[].class)
                .single();
        String territoryName = jdbc.sql("SELECT name FROM dossier_territory_view WHERE id = :t")
                .param("t", territory)
                .query(String.class)
                .single();
        FreeText text = results.texts(f.yanis, f.surveyId, TextReview.PENDING).getFirst();
        Deliveries.awaitSettled(jdbc);
        int before = mailServer.getReceivedMessages().length;

        results.routeDanger(f.yanis, f.surveyId, text.questionId(), text.token());
        results.routeDanger(f.yanis, f.surveyId, text.questionId(), text.token());
        Deliveries.awaitSettled(jdbc);

        MimeMessage[] received =
                Arrays.copyOfRange(mailServer.getReceivedMessages(), before, mailServer.getReceivedMessages().length);
        assertThat(received).as("one mail, to the CRIP").hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("crip@departement.localhost");
        String whole = received[0].getSubject() + "\n" + received[0].getContent();
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(whole).contains("frappe").contains(territoryName).contains("16");
        for (String names : List.of(
                String.valueOf(jdbc.sql("SELECT first_name FROM dossier_young_person_view WHERE id = :id")
                        .param("id", lina.youngPersonId())
                        .query(String.class)
                        .single()),
                String.valueOf(jdbc.sql("SELECT last_name FROM dossier_young_person_view WHERE id = :id")
                        .param("id", lina.youngPersonId())
                        .query(String.class)
                        .single()),
                personKey,
                HexFormat.of().formatHex(sheetId),
                HexFormat.of().withUpperCase().formatHex(sheetId),
                text.token())) {
            assertThat(whole).as(names).doesNotContainIgnoringCase(names);
        }
        assertThat(body).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_danger_routing WHERE survey_id = :s AND territory_name IS NULL"
                                + " AND mailed_at IS NOT NULL")
                        .param("s", f.surveyId)
                        .query(Integer.class)
                        .single())
                .as("once mailed, the routing keeps no territory that would tie the text to the sheet")
                .isEqualTo(1);
        assertThat(results.texts(f.yanis, f.surveyId, null))
                .singleElement()
                .extracting(FreeText::review)
                .isEqualTo(TextReview.ROUTED);
        // A routed text stays hidden: keeping it does nothing.
        results.review(f.yanis, f.surveyId, text.questionId(), text.token(), TextReview.PUBLISHABLE);
        assertThat(results.texts(f.yanis, f.surveyId, TextReview.PUBLISHABLE)).isEmpty();
    }

    /** A named survey's writer is named to the CRIP, as its respondents were told: the CRIP must be able to act. */
    @Test
    void aNamedSurveysRoutedTextNamesItsWriter() throws Exception {
        SurveyResultsFixture f = new SurveyResultsFixture(context, false);
        Viewer writer = new SurveyFixtures(context).youngPerson();
        String personKey = "Y:" + writer.youngPersonId();
        f.write(List.of(new Sheet(
                f.youngVariant, f.territories.getFirst(), 2, Set.of(), "Mon beau-père me bat le soir.", personKey)));
        jdbc.sql("UPDATE survey_sheet SET person_key = :p WHERE variant_id = :v")
                .param("p", personKey)
                .param("v", f.youngVariant)
                .update();
        String name = jdbc.sql(
                        "SELECT CONCAT(first_name, ' ', last_name) FROM dossier_young_person_view WHERE id = :id")
                .param("id", writer.youngPersonId())
                .query(String.class)
                .single();
        FreeText text = results.texts(f.yanis, f.surveyId, TextReview.PENDING).getFirst();
        Deliveries.awaitSettled(jdbc);
        int before = mailServer.getReceivedMessages().length;

        results.routeDanger(f.yanis, f.surveyId, text.questionId(), text.token());
        Deliveries.awaitSettled(jdbc);

        MimeMessage[] received =
                Arrays.copyOfRange(mailServer.getReceivedMessages(), before, mailServer.getReceivedMessages().length);
        assertThat(received).hasSize(1);
        assertThat(String.valueOf(received[0].getContent()))
                .contains("nominatif")
                .contains(name);
    }
}
