package fr.reperes.shell.errors;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.platform.DatabaseUnavailable;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a click, a value change or any other request of an open page throws: a refusal of the access
 * policy becomes the refused page (the page that was open goes, so nothing more of the file stays on screen); a
 * database that cannot be reached gives the message that Repères is momentarily unavailable and nothing is lost (the
 * page stays as it was, with what the person typed, and the change was not half-written: one transaction); any
 * other error is logged under a reference that the person sees in a message, and the page stays as it was.
 */
final class SessionErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    /** The message that Repères is momentarily unavailable. */
    static final String UNAVAILABLE_ID = "indisponible";

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        if (clientLeft(thrown)) {
            // The browser closed the connection (tab closed, network lost): nobody is there to tell.
            log.debug("Client went away", thrown);
            return;
        }
        // Set while a request of a page or a UI.access task runs; a task of no page has nobody to tell.
        UI ui = UI.getCurrent();
        Optional<AccessRefusedException> refused = refusal(thrown);
        if (refused.isPresent()) {
            if (ui != null) {
                showRefusal(ui, refused.get());
            } else {
                log.warn(
                        "Access refused ({}) in a task of no page",
                        refused.get().reason());
            }
            return;
        }
        if (DatabaseUnavailable.causedBy(thrown)) {
            // Not a fault of the portal, and the page stays as it was, with what the person typed: they try again.
            log.warn("Database unavailable during a request of an open page: {}", thrown.toString());
            if (ui != null) {
                tellUnavailable(ui);
            }
            return;
        }
        String reference = Incidents.record(thrown, "a request of an open page");
        if (ui != null) {
            tell(ui, reference);
        }
    }

    private static void showRefusal(UI ui, AccessRefusedException refused) {
        // A dialog or a message opened from the file would stay above the refused page.
        ui.getChildren().toList().forEach(child -> {
            if (child instanceof Dialog dialog) {
                dialog.close();
            } else if (child instanceof ConfirmDialog dialog) {
                dialog.close();
            } else if (child instanceof Notification notification) {
                notification.close();
            }
        });
        if (ErrorHandlerUtil.handleErrorByRedirectingToErrorView(
                refused, ui.getSession().getService().getContext(), ui)) {
            // The page shown this way keeps the tab's title, which may name the young person.
            ui.getPage().setTitle(ui.getTranslation("error.refused.title"));
        } else {
            // Only if the refused page were not registered: the refusal still reaches the person, as a message.
            Notification.show(ui.getTranslation(
                            "access.reason." + refused.reason().name()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void tell(UI ui, String reference) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        // It stays until closed: the person may need the time to write the reference down.
        notification.setDuration(0);
        notification.setAssertive(true);
        notification.setPosition(Notification.Position.MIDDLE);
        Button close = new Button(ui.getTranslation("common.close"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new Span(ui.getTranslation("error.unexpected.notification", reference)), close);
        notification.open();
    }

    /** One message at a time, however many clicks fail while the database is away. */
    private static void tellUnavailable(UI ui) {
        if (ComponentUtil.getData(ui, UNAVAILABLE_ID) instanceof Notification shown && shown.isOpened()) {
            return;
        }
        Notification notification = new Notification();
        notification.setId(UNAVAILABLE_ID);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setDuration(0);
        notification.setAssertive(true);
        notification.setPosition(Notification.Position.MIDDLE);
        Button close = new Button(ui.getTranslation("common.close"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new Span(ui.getTranslation("error.unavailable.text")), close);
        notification.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                ComponentUtil.setData(ui, UNAVAILABLE_ID, null);
            }
        });
        ComponentUtil.setData(ui, UNAVAILABLE_ID, notification);
        notification.open();
    }

    private static Optional<AccessRefusedException> refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessRefusedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    private static boolean clientLeft(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
