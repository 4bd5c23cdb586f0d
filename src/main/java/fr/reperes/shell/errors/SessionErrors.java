package fr.reperes.shell.errors;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.reperes.platform.BundleTranslations;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every session gets the {@link SessionErrorHandler} from its start, in place of Vaadin's default one; and Vaadin's
 * own messages (internal error, cookies disabled, lost synchronisation), which the browser shows over the page, come
 * from the bundle in the reader's language instead of Vaadin's English. They are in the infinitive, as they are
 * decided before anyone is known to be a young person or an adult. An expired session shows no message: the page
 * reloads, and the sign-in takes over (Vaadin's default, kept).
 */
@Component
class SessionErrors implements VaadinServiceInitListener {

    private final BundleTranslations translations;

    SessionErrors(BundleTranslations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new SessionErrorHandler()));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    SystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(translations.getTranslation("system.internal-error.caption", locale));
        messages.setInternalErrorMessage(translations.getTranslation("system.internal-error.message", locale));
        messages.setCookiesDisabledCaption(translations.getTranslation("system.cookies-disabled.caption", locale));
        messages.setCookiesDisabledMessage(translations.getTranslation("system.cookies-disabled.message", locale));
        messages.setSyncErrorCaption(translations.getTranslation("system.sync-error.caption", locale));
        messages.setSyncErrorMessage(translations.getTranslation("system.sync-error.message", locale));
        return messages;
    }
}
