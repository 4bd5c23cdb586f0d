package fr.reperes.shell.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.shell.layout.Branding;
import fr.reperes.shell.layout.MainLayout;

/**
 * A page that failed to open for a reason nobody planned: the person gets a plain sentence and a reference, the log
 * gets the exception under the same reference. Replaces Vaadin's default page, which shows the stack trace in
 * development.
 */
@ParentLayout(MainLayout.class)
// Any page can fail, the signed-out ones too; this one shows only the reference.
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    UnexpectedErrorView(CurrentViewer currentViewer, Branding branding) {
        super(currentViewer, branding);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Incidents.record(
                parameter.getCaughtException(),
                "navigation to /" + event.getLocation().getPath());
        show("error.unexpected.title", getTranslation("error.unexpected.text", reference));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
