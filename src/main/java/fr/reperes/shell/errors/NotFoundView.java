package fr.reperes.shell.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.shell.layout.Branding;
import fr.reperes.shell.layout.MainLayout;

/**
 * An address that leads nowhere. Vaadin also ends here when its own route check denies a page (it turns the denial
 * into "not found" so a visitor cannot tell which pages exist), so the text does not say which of the two it was.
 */
@ParentLayout(MainLayout.class)
// A mistyped address before signing in must land here too; the page shows nothing personal.
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView(CurrentViewer currentViewer, Branding branding) {
        super(currentViewer, branding);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.not-found.title", getTranslation("error.not-found.text"));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
