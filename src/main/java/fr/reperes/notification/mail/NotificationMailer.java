package fr.reperes.notification.mail;

import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountRecipient;
import fr.reperes.platform.Audience;
import fr.reperes.platform.BundleTranslations;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The only mail Repères sends: "something new is waiting for you", in French, with the portal's address. Never a
 * name, a date, a place or any word of the case. Without SMTP configured (development), nothing is sent.
 *
 * <p>It goes out after the bell entry is committed, on another thread, in its own transaction. The entry is claimed
 * first ({@code mailed_at} set where it was empty), then the mail is handed to the server, then the claim commits: a
 * second delivery of the same event (a retry, a restart, another server) finds the entry claimed, or waits on its row
 * until the first commits or rolls back. When the server refuses or cannot be reached, the claim rolls back and the
 * event publication stays incomplete: it is handed again later, and the mail goes out once.
 */
@Component
class NotificationMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final BundleTranslations translations;
    private final Clock clock;
    private final String from;
    private final String portalUrl;

    NotificationMailer(
            ObjectProvider<JavaMailSender> sender,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            AccountDirectory accounts,
            BundleTranslations translations,
            Clock clock,
            @Value("${reperes.mail.from}") String from,
            @Value("${reperes.public-url}") String portalUrl) {
        this.sender = sender;
        this.events = events;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.translations = translations;
        this.clock = clock;
        this.from = from;
        this.portalUrl = portalUrl;
    }

    /**
     * Entries written together are handed on one by one, each as its own {@link MailDue} kept by the registry, so
     * that one refused mail is retried alone and the others go out once.
     */
    @ApplicationModuleListener
    void on(MailsDue due) {
        if (sender.getIfAvailable() == null) {
            return;
        }
        jdbc.sql("SELECT id FROM notification WHERE kind = :kind AND occasion = :occasion AND mailed_at IS NULL")
                .param("kind", due.kind())
                .param("occasion", due.occasion())
                .query(Long.class)
                .list()
                .forEach(id -> events.publishEvent(new MailDue(id)));
    }

    @ApplicationModuleListener
    void on(MailDue due) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        int claimed = jdbc.sql("UPDATE notification SET mailed_at = :now WHERE id = :id AND mailed_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", due.notificationId())
                .update();
        if (claimed == 0) {
            return;
        }
        long accountId = jdbc.sql("SELECT account_id FROM notification WHERE id = :id")
                .param("id", due.notificationId())
                .query(Long.class)
                .single();
        // The address is read now, not when the entry was written: an address changed since is the one used.
        Optional<AccountRecipient> to = accounts.recipients(List.of(accountId)).stream()
                .filter(recipient -> recipient.email() != null
                        && !Objects.requireNonNull(recipient.email()).isBlank())
                .findFirst();
        if (to.isEmpty()) {
            return;
        }
        // The mail speaks to its reader, not to whoever caused it: "tu" to a young person, "vous" to a parent.
        Audience reader = to.get().viewer().audience();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(Objects.requireNonNull(to.get().email()));
        message.setSubject(reader.text(translations, "mail.subject", BundleTranslations.FRENCH));
        message.setText(reader.text(translations, "mail.body", BundleTranslations.FRENCH, portalUrl));
        // A MailException here rolls the claim back and leaves the publication incomplete, to be handed again.
        mail.send(message);
    }
}
