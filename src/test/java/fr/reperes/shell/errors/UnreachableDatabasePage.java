package fr.reperes.shell.errors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page whose first read finds the database unreachable, as the pool reports it once its connection timeout has
 * passed: exists only in the tests (DatabaseOutageFaultTest stops a real one).
 */
@Route(UnreachableDatabasePage.ROUTE)
@PermitAll
class UnreachableDatabasePage extends Div {

    static final String ROUTE = "essai-base-injoignable";

    UnreachableDatabasePage() {
        throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
    }
}
