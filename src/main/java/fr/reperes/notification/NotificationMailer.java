package fr.reperes.notification;

import fr.reperes.platform.BundleTranslations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The only mail Repères sends: "something new is waiting for you", in French, with the portal's address. Never a
 * name, a date, a place or any word of the case. Without SMTP configured (development), nothing is sent.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final BundleTranslations translations;
    private final String from;
    private final String portalUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, BundleTranslations translations,
                       @Value("${reperes.mail.from}") String from, @Value("${reperes.public-url}") String portalUrl) {
        this.sender = sender;
        this.translations = translations;
        this.from = from;
        this.portalUrl = portalUrl;
    }

    /** True when the mail server took the message; a failure is logged and never undoes the notification. */
    boolean send(String to) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(translations.getTranslation("mail.subject", BundleTranslations.FRENCH));
        message.setText(translations.getTranslation("mail.body", BundleTranslations.FRENCH, portalUrl));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Notification mail not sent: {}", e.getMessage());
            return false;
        }
    }
}
