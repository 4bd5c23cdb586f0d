package fr.reperes.participation.proposals;

import com.vaadin.flow.component.html.Anchor;
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
import fr.reperes.participation.DraftLine;
import fr.reperes.participation.Proposals;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The member's own drafts, that nobody else sees, each to open, edit and publish. */
@Route(MyDraftsView.ROUTE)
@PermitAll
class MyDraftsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "conseil/:councilId/propositions/brouillons";

    private final transient Proposals proposals;
    private final transient DateTexts dates;
    private final Viewer viewer;

    MyDraftsView(CurrentViewer currentViewer, Proposals proposals, DateTexts dates) {
        this.proposals = proposals;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("48rem");
    }

    static String route(long councilId) {
        return "conseil/" + councilId + "/propositions/brouillons";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long councilId = event.getRouteParameters().getLong("councilId").orElse(-1L);
        List<DraftLine> drafts = proposals.myDrafts(viewer, councilId);
        add(
                new H1(getPageTitle()),
                new Paragraph(getTranslation(viewer.audience().key("council.debate.drafts.intro"))));
        add(new Anchor(ProposalEditorView.route(councilId, null), getTranslation("council.debate.list.write")));
        if (drafts.isEmpty()) {
            add(new Paragraph(getTranslation("council.debate.drafts.empty")));
        }
        for (DraftLine draft : drafts) {
            Div card = new Div(
                    new H2(new Anchor(ProposalView.route(councilId, draft.id()), draft.title())),
                    new Paragraph(getTranslation(
                                    "council.debate.theme." + draft.theme().name()) + " · "
                            + getTranslation("council.debate.by.draft", dates.day(draft.createdAt()))),
                    new Anchor(ProposalEditorView.route(councilId, draft.id()), getTranslation("council.debate.edit")));
            card.addClassName("reperes-card");
            add(card);
        }
        add(new Anchor(ProposalListView.route(councilId), getTranslation("council.debate.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(viewer.audience().key("council.debate.drafts.title"));
    }
}
