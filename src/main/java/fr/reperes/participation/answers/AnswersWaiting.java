package fr.reperes.participation.answers;

import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.WaitingAction;
import fr.reperes.shell.WaitingActions;
import java.util.List;
import org.springframework.stereotype.Component;

/** For the animateur's home: adopted proposals that wait too long for the département's answer, or for its news. */
@Component
class AnswersWaiting implements WaitingActions {

    private final CouncilAnswers answers;

    AnswersWaiting(CouncilAnswers answers) {
        this.answers = answers;
    }

    @Override
    public boolean concerns(Viewer viewer) {
        return viewer.role() == Role.ANIMATEUR;
    }

    @Override
    public List<WaitingAction> waitingFor(Viewer viewer) {
        if (!concerns(viewer)) {
            return List.of();
        }
        long late = answers.lateCount(viewer);
        if (late == 0) {
            return List.of();
        }
        return List.of(new WaitingAction(
                I18NProvider.translate("council.answers.waiting", late, answers.dueDays(viewer)),
                AnswersManagementView.ROUTE));
    }

    @Override
    public int order() {
        return 50;
    }
}
