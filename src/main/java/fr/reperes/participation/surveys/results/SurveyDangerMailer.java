package fr.reperes.participation.surveys.results;

import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyDangerMailDue;
import fr.reperes.platform.BundleTranslations;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a survey's free text routed as a danger to the département's duty address (the CRIP), as the council's
 * DutyAddressMailer does for a council's text: after the commit, once (the routing is claimed first; a refused send
 * rolls the claim back so that the event is handed again). The mail carries the text, the survey's title, the
 * question, the band and the territory if the sheet has one: nothing that names the writer, who nobody knows.
 */
@Component
class SurveyDangerMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcClient jdbc;
    private final BundleTranslations translations;
    private final Clock clock;
    private final String from;
    private final String dutyAddress;

    SurveyDangerMailer(
            ObjectProvider<JavaMailSender> sender,
            JdbcClient jdbc,
            BundleTranslations translations,
            Clock clock,
            @Value("${reperes.mail.from}") String from,
            @Value("${reperes.council.duty-address:crip@departement.localhost}") String dutyAddress) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.translations = translations;
        this.clock = clock;
        this.from = from;
        this.dutyAddress = dutyAddress;
    }

    @ApplicationModuleListener
    void on(SurveyDangerMailDue due) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            // Thrown, not logged and dropped: the event stays incomplete and is retried once a mail server is set.
            throw new IllegalStateException(
                    "A survey's danger routing cannot be mailed to the duty address: no mail server is configured");
        }
        int claimed = jdbc.sql("UPDATE survey_danger_routing SET mailed_at = :now WHERE id = :id AND mailed_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", due.routingId())
                .update();
        if (claimed == 0) {
            return;
        }
        record Routed(
                String title,
                String question,
                String band,
                @Nullable String territory,
                String text,
                String by,
                @Nullable String writer) {}
        Routed routed = jdbc.sql("SELECT survey_title, question_text, band, territory_name, text_value, routed_by_name,"
                        + " writer_name"
                        + " FROM survey_danger_routing WHERE id = :id")
                .param("id", due.routingId())
                .query((rs, n) -> new Routed(
                        rs.getString("survey_title"),
                        rs.getString("question_text"),
                        rs.getString("band"),
                        rs.getString("territory_name"),
                        rs.getString("text_value"),
                        rs.getString("routed_by_name"),
                        rs.getString("writer_name")))
                .single();
        String band = translations.getTranslation(
                "survey.band." + SurveyBand.valueOf(routed.band()).name(), BundleTranslations.FRENCH);
        String territory = routed.territory() == null
                ? translations.getTranslation("survey.results.duty.no-territory", BundleTranslations.FRENCH)
                : routed.territory();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(dutyAddress);
        message.setSubject(
                translations.getTranslation("survey.results.duty.subject", BundleTranslations.FRENCH, routed.title()));
        message.setText(translations.getTranslation(
                "survey.results.duty.body",
                BundleTranslations.FRENCH,
                routed.title(),
                band,
                territory,
                routed.by(),
                routed.question(),
                routed.text(),
                Long.toString(due.routingId()),
                routed.writer() == null
                        ? translations.getTranslation("survey.results.duty.anonymous", BundleTranslations.FRENCH)
                        : translations.getTranslation(
                                "survey.results.duty.writer", BundleTranslations.FRENCH, routed.writer())));
        mail.send(message);
        // The territory was for the CRIP: kept here, it would tie the routed text to the sheet's territory of before
        // the close emptied it (docs/survey-anonymity.md).
        jdbc.sql("UPDATE survey_danger_routing SET territory_name = NULL WHERE id = :id")
                .param("id", due.routingId())
                .update();
    }
}
