package fr.reperes.shell.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.reperes.platform.BundleTranslations;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Every page: the département's stylesheet after Lumo, the document language for screen readers, and French as
 * the default language whatever the browser says (the language switch changes it for the session).
 */
@Component
class PageSetup implements VaadinServiceInitListener {

    private final Branding branding;

    PageSetup(Branding branding) {
        this.branding = branding;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(BundleTranslations.FRENCH));
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = VaadinSession.getCurrent() != null
                    ? VaadinSession.getCurrent().getLocale()
                    : BundleTranslations.FRENCH;
            Objects.requireNonNull(
                            response.getDocument().selectFirst("html"), "a parsed page always has its html element")
                    .attr("lang", locale.getLanguage());
            response.getDocument()
                    .head()
                    .appendElement("link")
                    .attr("rel", "stylesheet")
                    .attr("href", branding.stylesheetUrl());
        });
    }
}
