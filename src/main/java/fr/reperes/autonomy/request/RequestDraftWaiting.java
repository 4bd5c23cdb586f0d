package fr.reperes.autonomy.request;

import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.WaitingAction;
import fr.reperes.shell.WaitingActions;
import java.util.List;
import org.springframework.stereotype.Component;

/** On the young person's home page: their request for a contrat jeune majeur, started and not sent. */
@Component
class RequestDraftWaiting implements WaitingActions {

    private final YoungAdultRequests requests;

    RequestDraftWaiting(YoungAdultRequests requests) {
        this.requests = requests;
    }

    @Override
    public boolean concerns(Viewer viewer) {
        return viewer.role() == Role.JEUNE;
    }

    @Override
    public List<WaitingAction> waitingFor(Viewer viewer) {
        if (!requests.hasDraftToFinish(viewer)) {
            return List.of();
        }
        return List.of(
                new WaitingAction(I18NProvider.translate("home.waiting.request-draft"), YoungAdultRequestView.ROUTE));
    }
}
