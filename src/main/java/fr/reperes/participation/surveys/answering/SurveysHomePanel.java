package fr.reperes.participation.surveys.answering;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyAnswering;
import fr.reperes.participation.SurveyForRespondent;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.HomePanel;
import java.util.List;

/** On a young person's (a parent's) home: the open surveys meant for them that they have not finished. */
@org.springframework.stereotype.Component
class SurveysHomePanel implements HomePanel {

    /** After the council's panel. */
    static final int ORDER = -5;

    private final SurveyAnswering answering;

    SurveysHomePanel(SurveyAnswering answering) {
        this.answering = answering;
    }

    private List<SurveyForRespondent> waiting(Viewer viewer) {
        return answering.mySurveys(viewer).stream()
                .filter(s -> s.open() && !s.answered())
                .toList();
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        return viewer.hasAccount()
                && (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null
                        || viewer.role() == Role.PARENT && viewer.parentId() != null)
                && !waiting(viewer).isEmpty();
    }

    @Override
    public Component create(Viewer viewer) {
        Div card = new Div(new H2(I18NProvider.translate(viewer.audience().key("survey.answering.home.title"))));
        card.setId("mes-questionnaires");
        card.addClassName("reperes-card");
        UnorderedList list = new UnorderedList();
        for (SurveyForRespondent survey : waiting(viewer)) {
            list.add(new ListItem(new Anchor(MySurveysView.ROUTE + "/" + survey.surveyId(), survey.title())));
        }
        card.add(
                list,
                new Anchor(
                        MySurveysView.ROUTE,
                        I18NProvider.translate(viewer.audience().key("survey.answering.home.all"))));
        Div panel = new Div(StaticHtml.mark(card));
        panel.addClassName("reperes-cards");
        return panel;
    }

    @Override
    public int order() {
        return ORDER;
    }
}
