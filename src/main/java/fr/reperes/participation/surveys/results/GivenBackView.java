package fr.reperes.participation.surveys.results;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.ResultsNotPublishedException;
import fr.reperes.participation.SurveyResults;
import fr.reperes.participation.SurveyResults.GivenBack;
import fr.reperes.participation.SurveyResults.PublishedText;
import fr.reperes.participation.SurveyResults.QuestionResult;
import fr.reperes.platform.Audience;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The results given back to those a survey asked, once published: "voici ce que vous avez dit" (a picture and a
 * sentence per question, small numbers withheld as everywhere, the texts the authors chose to share) and "voici ce
 * que le département va faire" (its response). A young person reads "tu", a parent "vous".
 */
@Route("mes-questionnaires/:surveyId/resultats")
@PermitAll
class GivenBackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SurveyResults results;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private String title = "";

    GivenBackView(SurveyResults results, CurrentViewer currentViewer, DateTexts dates) {
        this.results = results;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.given-back.title", title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long surveyId = event.getRouteParameters().getLong("surveyId").orElse(0L);
        Viewer viewer = currentViewer.require();
        Audience audience = viewer.audience();
        removeAll();
        GivenBack back;
        try {
            back = results.givenBack(viewer, surveyId);
        } catch (ResultsNotPublishedException notYet) {
            add(new H1(getTranslation("survey.given-back.heading")));
            add(new Paragraph(getTranslation(audience.key("survey.given-back.not-yet"))));
            return;
        }
        title = back.title();
        ResultsTable.Words words = (key, params) -> getTranslation(key, params);
        add(new H1(back.title()));
        add(new Paragraph(getTranslation(audience.key("survey.given-back.thanks"), dates.day(back.publishedAt()))));

        add(new H2(getTranslation("survey.given-back.said")));
        Integer sheets = ResultsTable.value(back.sheets());
        add(new Paragraph(
                sheets == null
                        ? getTranslation("survey.given-back.few")
                        : getTranslation("survey.given-back.sheets", sheets)));
        for (QuestionResult question : back.questions()) {
            ResultsTable table = ResultsTable.of(question, List.of(new SurveyResults.Group("", "")), false, words);
            Div card = new Div();
            card.addClassName("reperes-card");
            card.add(new H3(table.question()));
            String summary = table.summary(null, words);
            card.add(new Paragraph(summary));
            if (!table.rows().isEmpty()) {
                Image chart = new Image(ResultsChart.dataUrl(ResultsChart.svg(table, words)), summary);
                chart.setWidthFull();
                card.add(chart);
            }
            add(card);
        }
        if (!back.texts().isEmpty()) {
            add(new H3(getTranslation("survey.given-back.texts")));
            UnorderedList list = new UnorderedList();
            for (PublishedText text : back.texts()) {
                list.add(new ListItem("« " + text.text() + " »"));
            }
            add(list);
        }
        add(new Paragraph(getTranslation("survey.results.withheld.legend")));

        add(new H2(getTranslation("survey.given-back.will-do")));
        Paragraph response = new Paragraph(back.response());
        response.getStyle().set("white-space", "pre-wrap");
        Div responseCard = new Div(response);
        responseCard.addClassName("reperes-card");
        add(responseCard);
    }
}
