package fr.reperes.participation.answers;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.answers.AnswerRecords.AdoptedProposal;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The animateur's list of the proposals the département's councils adopted: first those that wait too long for an
 * answer or for news of it (with how long), then all the others. Each opens the page where the answer is written.
 */
@Route(AnswersManagementView.ROUTE)
@RolesAllowed("ANIMATEUR")
class AnswersManagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "animation/reponses";

    private final transient CouncilAnswers answers;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;

    AnswersManagementView(CouncilAnswers answers, CurrentViewer currentViewer, DateTexts dates) {
        this.answers = answers;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Viewer viewer = currentViewer.require();
        List<AdoptedProposal> adopted = answers.managed(viewer);
        removeAll();
        add(
                new H1(getTranslation("council.answers.manage.title")),
                new Paragraph(getTranslation("council.answers.manage.intro", answers.dueDays(viewer))));
        List<AdoptedProposal> late =
                adopted.stream().filter(AdoptedProposal::late).toList();
        add(new H2(getTranslation("council.answers.manage.late", late.size())));
        add(cards("en-retard", late, true));
        add(new H2(getTranslation("council.answers.manage.others")));
        add(cards(
                "autres-propositions",
                adopted.stream().filter(proposal -> !proposal.late()).toList(),
                false));
    }

    private Div cards(String id, List<AdoptedProposal> proposals, boolean late) {
        Div cards = new Div();
        cards.addClassName("reperes-cards");
        cards.setId(id);
        if (proposals.isEmpty()) {
            cards.add(new Paragraph(getTranslation("council.answers.manage.empty")));
        }
        LocalDate today = dates.today();
        for (AdoptedProposal proposal : proposals) {
            Div card = (Div) AnswerTexts.card(proposal, link(proposal.proposalId()), dates, true);
            if (late) {
                long days = ChronoUnit.DAYS.between(
                        proposal.lastNewsAt().atZone(dates.zone()).toLocalDate(), today);
                Paragraph waiting = new Paragraph(getTranslation(
                        proposal.status() == null
                                ? "council.answers.manage.waiting-answer"
                                : "council.answers.manage.waiting-news",
                        days));
                waiting.addClassName("reperes-warning");
                card.addComponentAtIndex(1, waiting);
            }
            cards.add(card);
        }
        return cards;
    }

    static String link(long proposalId) {
        return ROUTE + "/" + proposalId;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.answers.manage.title");
    }
}
