package fr.reperes.shell.errors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import jakarta.annotation.security.PermitAll;

/** A page whose service refuses while it opens, whoever asks: exists only in the tests. */
@Route(RefusingPage.ROUTE)
@PermitAll
class RefusingPage extends Div {

    static final String ROUTE = "essai-page-refusee";

    RefusingPage() {
        throw new AccessRefusedException(AccessReason.NOT_THEIR_FILE);
    }
}
