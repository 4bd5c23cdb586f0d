package fr.reperes.participation.members;

import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.shell.MenuAdvice;
import fr.reperes.shell.MenuAdvisor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Le conseil" is offered to a young person (a parent) only where the département has a council of their kind: the
 * service says so; a typed address still explains itself.
 */
@Component
class CouncilMenu implements MenuAdvisor {

    private final CouncilMembers members;

    CouncilMenu(CouncilMembers members) {
        this.members = members;
    }

    @Override
    public MenuAdvice advise(Viewer viewer) {
        boolean none = !members.offersSpace(viewer);
        return new MenuAdvice(List.of(), view -> none && view == CouncilSpaceView.class);
    }
}
