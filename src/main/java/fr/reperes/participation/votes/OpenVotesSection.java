package fr.reperes.participation.votes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilVote;
import fr.reperes.participation.CouncilVotes;
import fr.reperes.participation.VoteState;
import fr.reperes.participation.home.CouncilHomeSection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * On a member's home: the council's open votes, with the time left and whether they have voted. A bean through
 * {@link VoteHomeConfiguration} (its name would clash with Spring's component annotation).
 */
class OpenVotesSection implements CouncilHomeSection {

    private final CouncilVotes votes;
    private final Clock clock;

    OpenVotesSection(CouncilVotes votes, Clock clock) {
        this.votes = votes;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> section(Viewer viewer, long councilId) {
        List<CouncilVote> open = votes.votes(viewer, councilId).stream()
                .filter(vote -> vote.state() == VoteState.OPEN)
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.add(new H3(section.getTranslation("council.votes.home.title")));
        UnorderedList list = new UnorderedList();
        Instant now = clock.instant();
        for (CouncilVote vote : open) {
            ListItem item = new ListItem(new Anchor("conseil/" + councilId + "/votes/" + vote.id(), vote.title()));
            item.add(new Span(" · " + TimeLeft.text(section, now, vote.closesAt())));
            if (vote.hasVoted()) {
                item.add(new Span(
                        " · " + section.getTranslation(viewer.audience().key("council.votes.voted"))));
            }
            list.add(item);
        }
        section.add(list);
        return Optional.of(section);
    }
}
