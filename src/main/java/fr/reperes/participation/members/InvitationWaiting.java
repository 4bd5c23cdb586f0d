package fr.reperes.participation.members;

import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.shell.WaitingAction;
import fr.reperes.shell.WaitingActions;
import java.util.List;
import org.springframework.stereotype.Component;

/** On a young person's or a parent's home: an invitation to a council, waiting for their answer. */
@Component
class InvitationWaiting implements WaitingActions {

    private final CouncilMembers members;

    InvitationWaiting(CouncilMembers members) {
        this.members = members;
    }

    @Override
    public boolean concerns(Viewer viewer) {
        return (viewer.role() == Role.JEUNE || viewer.role() == Role.PARENT) && members.offersSpace(viewer);
    }

    @Override
    public List<WaitingAction> waitingFor(Viewer viewer) {
        return members.space(viewer).invitations().stream()
                .map(invitation -> new WaitingAction(
                        I18NProvider.translate(
                                viewer.audience().key("council.members.waiting.invitation"),
                                invitation.council().name()),
                        CouncilSpaceView.ROUTE))
                .toList();
    }

    @Override
    public int order() {
        return 20;
    }
}
