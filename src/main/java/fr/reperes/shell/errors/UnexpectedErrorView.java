package fr.reperes.shell.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.platform.DatabaseUnavailable;
import fr.reperes.shell.layout.Branding;
import fr.reperes.shell.layout.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open for a reason nobody planned: the person gets a plain sentence and a reference, the log
 * gets the exception under the same reference. Replaces Vaadin's default page, which shows the stack trace in
 * development. A page that failed because the database could not be reached (wrapped however deep: Spring creates
 * the views, so their errors come wrapped) says instead that Repères is momentarily unavailable and nothing is lost
 * ({@link DatabaseUnavailable}), with the status 503.
 */
@ParentLayout(MainLayout.class)
// Any page can fail, the signed-out ones too; this one shows only the reference.
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    UnexpectedErrorView(CurrentViewer currentViewer, Branding branding) {
        super(currentViewer, branding);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseUnavailable.causedBy(parameter.getCaughtException())) {
            // Not a fault of the portal: no incident to look for, the same sentence for everyone until it is back.
            log.warn(
                    "Database unavailable during navigation to /{}: {}",
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            show("error.unavailable.title", getTranslation("error.unavailable.text"));
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String reference = Incidents.record(
                parameter.getCaughtException(),
                "navigation to /" + event.getLocation().getPath());
        show("error.unexpected.title", getTranslation("error.unexpected.text", reference));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
