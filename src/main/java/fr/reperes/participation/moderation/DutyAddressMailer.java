package fr.reperes.participation.moderation;

import fr.reperes.platform.BundleTranslations;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a text routed as a danger to the département's duty address (the CRIP, {@code reperes.council.duty-address}),
 * with the text itself: unlike the family's mail, this one must carry it, since the CRIP has no account to read it
 * in. It goes out after the routing is committed, through the application's mail server, once: the routing is
 * claimed ({@code mailed_at}) first, and a refused send rolls the claim back so that the event is handed again. With
 * no mail server at all it fails too, never returning quietly.
 */
@Component
class DutyAddressMailer {

    private static final Logger log = LoggerFactory.getLogger(DutyAddressMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcClient jdbc;
    private final BundleTranslations translations;
    private final Clock clock;
    private final String from;
    private final String dutyAddress;

    DutyAddressMailer(
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

    /** The address texts revealing a danger go to when the author has no référent to tell. */
    String dutyAddress() {
        return dutyAddress;
    }

    @ApplicationModuleListener
    void on(DangerMailDue due) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            // Only without any mail server (development): production always has one (REPERES_MAIL_HOST). Retrying
            // could not help; the routing stays unmailed, and the animateur's moderation page lists it to call the
            // CRIP.
            log.warn("A danger routing could not be mailed to the duty address: no mail server is configured");
            return;
        }
        int claimed = jdbc.sql(
                        "UPDATE council_danger_routing SET mailed_at = :now WHERE id = :id AND mailed_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", due.routingId())
                .update();
        if (claimed == 0) {
            return;
        }
        Routed routed = jdbc.sql("""
                        SELECT co.name, m.first_name, r.routed_by_name, r.routed_at,
                               COALESCE(c.body, CONCAT(p.title, '\\n\\n', p.body)) AS text
                        FROM council_danger_routing r
                        JOIN council co ON co.id = r.council_id
                        JOIN council_mandate m ON m.id = r.author_mandate_id
                        LEFT JOIN proposal_comment c ON c.id = r.comment_id
                        LEFT JOIN proposal p ON p.id = r.proposal_id
                        WHERE r.id = :id""")
                .param("id", due.routingId())
                .query((rs, n) -> new Routed(
                        rs.getString("name"),
                        rs.getString("first_name"),
                        rs.getString("routed_by_name"),
                        rs.getString("text")))
                .single();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(dutyAddress);
        message.setSubject(translations.getTranslation(
                "council.debate.duty.subject", BundleTranslations.FRENCH, routed.council()));
        message.setText(translations.getTranslation(
                "council.debate.duty.body",
                BundleTranslations.FRENCH,
                routed.council(),
                routed.firstName(),
                routed.routedBy(),
                routed.text(),
                Long.toString(due.routingId())));
        // A MailException rolls the claim back and leaves the publication incomplete, to be handed again.
        mail.send(message);
    }

    private record Routed(String council, String firstName, String routedBy, String text) {}
}
