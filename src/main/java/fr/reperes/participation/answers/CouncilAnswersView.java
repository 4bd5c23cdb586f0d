package fr.reperes.participation.answers;

import com.vaadin.flow.component.html.Div;
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
import fr.reperes.participation.answers.AnswerRecords.AdoptedProposal;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The council's adopted proposals and the département's answer to each, for its members: one card per proposal
 * (a phone's width), each opening the answer's history. The service decides who may read it.
 */
@Route(CouncilAnswersView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT", "ANIMATEUR"})
class CouncilAnswersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "conseil/:councilId/reponses";

    private final transient CouncilAnswers answers;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;

    CouncilAnswersView(CouncilAnswers answers, CurrentViewer currentViewer, DateTexts dates) {
        this.answers = answers;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setWidthFull();
    }

    /** The members' page of one adopted proposal's answer. */
    static String link(long councilId, long proposalId) {
        return "conseil/" + councilId + "/reponses/" + proposalId;
    }

    static long id(BeforeEnterEvent event, String name) {
        return event.getRouteParameters()
                .getLong(name)
                .orElseThrow(() -> new NotFoundException("not a number: " + name));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Viewer viewer = currentViewer.require();
        long councilId = id(event, "councilId");
        List<AdoptedProposal> adopted = answers.adopted(viewer, councilId);
        removeAll();
        add(new H1(getTranslation("council.answers.title")), new Paragraph(getTranslation("council.answers.intro")));
        if (adopted.isEmpty()) {
            add(new Paragraph(getTranslation("council.answers.none")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("reperes-cards");
        cards.setId("reponses");
        for (AdoptedProposal proposal : adopted) {
            cards.add(AnswerTexts.card(proposal, link(councilId, proposal.proposalId()), dates, false));
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.answers.title");
    }
}
