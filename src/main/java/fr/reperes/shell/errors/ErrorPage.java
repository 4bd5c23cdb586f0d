package fr.reperes.shell.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.platform.DatabaseUnavailable;
import fr.reperes.shell.layout.Branding;

/**
 * What every error page says: a title, one plain sentence, whom to call (the département's ASE, and the 119 for a
 * child in danger), and the way back home. Never the error's details.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final transient CurrentViewer currentViewer;
    private final Branding branding;
    private String title = "";

    ErrorPage(CurrentViewer currentViewer, Branding branding) {
        this.currentViewer = currentViewer;
        this.branding = branding;
        setMaxWidth("56rem");
    }

    void show(String titleKey, String text) {
        removeAll();
        title = getTranslation(titleKey);
        Paragraph call = new Paragraph(getTranslation(voiced("error.call"), branding.asePhone()));
        call.setId("qui-appeler");
        add(new H1(title), new Paragraph(text), call, new Anchor("", getTranslation("error.home")));
    }

    /**
     * {@code key} in the voice of whoever is signed in; someone not signed in reads the plain key, and so does
     * everyone while the database (which says who is signed in) cannot be reached.
     */
    static String voiced(CurrentViewer currentViewer, String key) {
        try {
            return currentViewer
                    .find()
                    .map(viewer -> viewer.audience().key(key))
                    .orElse(key);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return key;
            }
            throw e;
        }
    }

    String voiced(String key) {
        return voiced(currentViewer, key);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
