package fr.reperes.participation.votes;

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
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilVote;
import fr.reperes.participation.CouncilVotes;
import fr.reperes.participation.VoteState;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The council's votes: open ones with the time left and whether the member has voted, upcoming, then closed. */
@Route("conseil/:councilId/votes")
@PermitAll
class CouncilVotesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CouncilVotes votes;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private final transient Clock clock;

    CouncilVotesView(CouncilVotes votes, CurrentViewer currentViewer, DateTexts dates, Clock clock) {
        this.votes = votes;
        this.currentViewer = currentViewer;
        this.dates = dates;
        this.clock = clock;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long councilId = event.getRouteParameters().getLong("councilId").orElse(0L);
        Viewer viewer = currentViewer.require();
        List<CouncilVote> all = votes.votes(viewer, councilId);
        removeAll();
        add(new H1(getPageTitle()));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("council.votes.none")));
        }
        for (VoteState state : List.of(VoteState.OPEN, VoteState.UPCOMING, VoteState.CLOSED)) {
            List<CouncilVote> these =
                    all.stream().filter(vote -> vote.state() == state).toList();
            if (these.isEmpty()) {
                continue;
            }
            add(new H2(getTranslation("council.votes.state." + state.name())));
            for (CouncilVote vote : these) {
                add(card(viewer, vote));
            }
        }
    }

    private Div card(Viewer viewer, CouncilVote vote) {
        Div card = new Div(new H3(vote.title()));
        card.addClassName("reperes-card");
        String link = "conseil/" + vote.councilId() + "/votes/" + vote.id();
        switch (vote.state()) {
            case OPEN -> {
                card.add(new Paragraph(TimeLeft.text(this, clock.instant(), vote.closesAt())));
                card.add(new Paragraph(getTranslation("council.votes.closes", when(vote.closesAt()))));
                if (vote.hasVoted()) {
                    card.add(new Paragraph(getTranslation(viewer.audience().key("council.votes.voted"))));
                }
                card.add(new Anchor(
                        link,
                        getTranslation(vote.canCast() ? "council.votes.go-vote" : "council.votes.see", vote.title())));
            }
            case UPCOMING -> {
                card.add(new Paragraph(getTranslation("council.votes.opens", when(vote.opensAt()))));
                card.add(new Anchor(link, getTranslation("council.votes.see", vote.title())));
            }
            case CLOSED -> {
                card.add(new Paragraph(getTranslation("council.votes.closed-on", when(vote.closesAt()))));
                card.add(new Anchor(link, getTranslation("council.votes.see-results", vote.title())));
            }
        }
        return card;
    }

    private String when(Instant instant) {
        return dates.dayAndTime(LocalDateTime.ofInstant(instant, dates.zone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.votes.title");
    }
}
