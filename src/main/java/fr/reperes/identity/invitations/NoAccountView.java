package fr.reperes.identity.invitations;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.InvitationService;
import fr.reperes.identity.Redemption;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;

/**
 * For a signed-in identity that no account is linked to yet: says so plainly and takes the invitation code a
 * référent gave them. Never an error page.
 */
@Route(NoAccountView.ROUTE)
@PermitAll
class NoAccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "sans-compte";

    private final transient CurrentViewer currentViewer;
    private final transient InvitationService invitations;
    private final transient DateTexts dates;
    private final TextField code = new TextField();

    NoAccountView(CurrentViewer currentViewer, InvitationService invitations, DateTexts dates) {
        this.dates = dates;
        this.currentViewer = currentViewer;
        this.invitations = invitations;
        setMaxWidth("40rem");

        code.setLabel(getTranslation("no-account.code.label"));
        code.setHelperText(getTranslation("no-account.code.help"));
        code.setId("code-invitation");
        code.setAutocomplete(Autocomplete.OFF);
        code.setMaxLength(30);
        code.setWidthFull();
        Button redeem = new Button(getTranslation("no-account.code.submit"), click -> redeem());
        redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        redeem.addClickShortcut(Key.ENTER);

        add(
                new H1(getTranslation("no-account.title")),
                new Paragraph(getTranslation("no-account.text")),
                new H2(getTranslation("no-account.code.title")),
                code,
                redeem);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentViewer.find().map(Viewer::hasAccount).orElse(false)) {
            event.forwardTo("");
        }
    }

    private void redeem() {
        Viewer viewer = currentViewer.require();
        // The client's address: behind the TLS proxy, the forwarded headers' (server.forward-headers-strategy).
        Redemption result = invitations.redeem(
                Objects.requireNonNull(viewer.subject(), "a signed-in identity has its subject"),
                VaadinRequest.getCurrent().getRemoteAddr(),
                code.getValue());
        switch (result) {
            case Redemption.Linked linked -> {
                currentViewer.switchTo(linked.viewer());
                // A full page load, so that the frame and navigation are rebuilt for the new role.
                UI.getCurrent().getPage().setLocation(".");
            }
            case Redemption.Refused refused -> {
                code.setInvalid(true);
                String message = getTranslation(
                        "no-account.code.refused." + refused.reason().name());
                // Only a counted mistake is followed by the tries left.
                if (refused.reason() != Redemption.Reason.EMPTY
                        && refused.reason() != Redemption.Reason.MALFORMED
                        && refused.reason() != Redemption.Reason.ALREADY_HAS_ACCOUNT) {
                    message += " " + getTranslation("no-account.code.attempts-left", refused.attemptsLeft());
                }
                code.setErrorMessage(message);
            }
            case Redemption.Locked locked -> {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("no-account.code.locked", dates.time(locked.until())));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-account.title");
    }
}
