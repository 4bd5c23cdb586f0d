package fr.reperes.participation.answers;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.answers.AnswerRecords.AnswerTimeline;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;

/** One adopted proposal, the département's answer in force and its whole history, for the council's members. */
@Route(CouncilAnswerView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT", "ANIMATEUR"})
class CouncilAnswerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "conseil/:councilId/reponses/:proposalId";

    private final transient CouncilAnswers answers;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private String title = "";

    CouncilAnswerView(CouncilAnswers answers, CurrentViewer currentViewer, DateTexts dates) {
        this.answers = answers;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Viewer viewer = currentViewer.require();
        long councilId = CouncilAnswersView.id(event, "councilId");
        long proposalId = CouncilAnswersView.id(event, "proposalId");
        AnswerTimeline timeline = answers.timeline(viewer, councilId, proposalId)
                .orElseThrow(() -> new NotFoundException("no adopted proposal " + proposalId));
        title = timeline.title();
        removeAll();
        add(
                new Anchor("conseil/" + councilId + "/reponses", getTranslation("council.answers.back")),
                new H1(timeline.title()),
                new Paragraph(timeline.body()),
                new Paragraph(getTranslation("council.answers.adopted-on", dates.day(timeline.decidedAt()))));
        AnswerTexts.timeline(timeline, dates).forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
