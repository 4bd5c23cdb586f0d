package fr.reperes.identity.signin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where signing out lands, after the provider ended its session too. Public. */
@Route(SignedOutView.ROUTE)
@AnonymousAllowed
class SignedOutView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "deconnecte";

    SignedOutView() {
        add(
                new H1(getTranslation("signed-out.title")),
                new Paragraph(getTranslation("signed-out.text")),
                new Anchor(SecurityConfiguration.LOGIN_PAGE, getTranslation("signed-out.sign-in-again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signed-out.title");
    }
}
