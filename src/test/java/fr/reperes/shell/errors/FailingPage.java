package fr.reperes.shell.errors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that fails while opening, as a page with a bug would: exists only in the tests. */
@Route(FailingPage.ROUTE)
@PermitAll
class FailingPage extends Div {

    static final String ROUTE = "essai-page-en-panne";
    static final String DETAIL = "détail technique de la panne d’essai";

    FailingPage() {
        throw new IllegalStateException(DETAIL);
    }
}
