package fr.reperes.participation.surveys.answering;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyAnswering;
import fr.reperes.participation.SurveyForRespondent;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Mes questionnaires": the surveys meant for the viewer, in four groups: to answer, in progress (an anonymous one is
 * known to be in progress only from the resume code this device holds), answered, and closed (with the results when
 * they are given back).
 */
@Route(MySurveysView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "survey.answering.nav", order = 22, icon = "vaadin:clipboard-check")
public class MySurveysView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "mes-questionnaires";

    private final transient CurrentViewer currentViewer;
    private final transient SurveyAnswering answering;
    private final transient DateTexts dates;
    private Viewer viewer;

    MySurveysView(CurrentViewer currentViewer, SurveyAnswering answering, DateTexts dates) {
        this.currentViewer = currentViewer;
        this.answering = answering;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = currentViewer.require();
        removeAll();
        add(new H1(t("survey.answering.list.title")), new Paragraph(t("survey.answering.list.intro")));
        List<SurveyForRespondent> surveys = answering.mySurveys(viewer);
        Map<Long, String> codes = ResumeCodeCookies.read(Objects.requireNonNull(viewer.accountId()));
        Set<Long> inProgress = answering.inProgress(viewer, codes);
        List<SurveyForRespondent> open =
                surveys.stream().filter(SurveyForRespondent::open).toList();
        List<SurveyForRespondent> started = open.stream()
                .filter(s -> !s.answered() && (s.namedStarted() || inProgress.contains(s.surveyId())))
                .toList();
        List<SurveyForRespondent> toAnswer =
                open.stream().filter(s -> !s.answered() && !started.contains(s)).toList();
        List<SurveyForRespondent> answered =
                open.stream().filter(SurveyForRespondent::answered).toList();
        List<SurveyForRespondent> closed =
                surveys.stream().filter(s -> !s.open()).toList();
        if (surveys.isEmpty()) {
            add(new Paragraph(t("survey.answering.list.none")));
            return;
        }
        section("survey.answering.list.to-answer", toAnswer, "survey.answering.list.answer");
        section("survey.answering.list.in-progress", started, "survey.answering.list.continue");
        section("survey.answering.list.answered", answered, "survey.answering.list.see");
        section("survey.answering.list.closed", closed, null);
    }

    private void section(String title, List<SurveyForRespondent> surveys, @Nullable String action) {
        if (surveys.isEmpty()) {
            return;
        }
        Div section = new Div(new H2(t(title)));
        section.addClassName("reperes-cards");
        for (SurveyForRespondent survey : surveys) {
            Div card = new Div(new H3(survey.title()));
            card.addClassName("reperes-card");
            card.add(new Paragraph(
                    t(survey.anonymous() ? "survey.answering.anonymous.short" : "survey.answering.named.short")));
            if (survey.closesOn() != null && survey.open()) {
                card.add(new Paragraph(
                        t("survey.answering.list.closes", dates.day(Objects.requireNonNull(survey.closesOn())))));
            }
            String link = MySurveysView.ROUTE + "/" + survey.surveyId();
            if (action != null) {
                card.add(new Anchor(
                        link,
                        t(survey.answered() && survey.changesAllowed() ? "survey.answering.list.change" : action)));
            } else if (survey.resultsGivenBack()) {
                card.add(new Anchor(link + "/resultats", t("survey.answering.list.results")));
            } else {
                card.add(new Paragraph(t("survey.answering.list.results-later")));
            }
            section.add(card);
        }
        add(section);
    }

    private String t(String key, Object... params) {
        return getTranslation(viewer.audience().key(key), params);
    }

    @Override
    public String getPageTitle() {
        return t("survey.answering.list.title");
    }
}
