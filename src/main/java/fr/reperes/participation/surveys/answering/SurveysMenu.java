package fr.reperes.participation.surveys.answering;

import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyAnswering;
import fr.reperes.shell.MenuAdvice;
import fr.reperes.shell.MenuAdvisor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Mes questionnaires" is offered to a young person or a parent only when a survey asks them (open, or closed with
 * them among those asked): a parent whose parental authority was withdrawn keeps the one page that explains it and
 * the glossary. A typed address still explains itself.
 */
@Component
class SurveysMenu implements MenuAdvisor {

    private final SurveyAnswering answering;

    SurveysMenu(SurveyAnswering answering) {
        this.answering = answering;
    }

    @Override
    public MenuAdvice advise(Viewer viewer) {
        boolean respondent = viewer.hasAccount() && (viewer.role() == Role.JEUNE || viewer.role() == Role.PARENT);
        boolean none = !respondent || answering.mySurveys(viewer).isEmpty();
        return new MenuAdvice(List.of(), view -> none && view == MySurveysView.class);
    }
}
