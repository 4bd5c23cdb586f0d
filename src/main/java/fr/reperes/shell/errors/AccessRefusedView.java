package fr.reperes.shell.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.shell.layout.Branding;
import fr.reperes.shell.layout.MainLayout;

/**
 * Every refusal of the access policy, wherever a page or a button asked: the reason in plain words, nothing of what
 * was asked for (the page that threw is discarded). The session's error handler shows it too when a click is refused.
 */
// Error pages are not routes, so @Layout does not reach them: the frame is named here.
@ParentLayout(MainLayout.class)
// It shows nothing personal, only the reason the policy gave.
@AnonymousAllowed
public class AccessRefusedView extends ErrorPage implements HasErrorParameter<AccessRefusedException> {

    AccessRefusedView(CurrentViewer currentViewer, Branding branding) {
        super(currentViewer, branding);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        show(
                "error.refused.title",
                getTranslation(voiced(
                        "access.reason." + parameter.getException().reason().name())));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
