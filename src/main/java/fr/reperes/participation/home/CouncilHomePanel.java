package fr.reperes.participation.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.participation.CouncilSpace;
import fr.reperes.shell.HomePanel;
import java.util.Comparator;
import java.util.List;

/**
 * On a member's home: each council they sit on, by name, with the sections each part of the council offers (the next
 * session, votes open, proposals to read, answers received), in their order.
 */
@org.springframework.stereotype.Component
class CouncilHomePanel implements HomePanel {

    /** After the next meeting and what waits, before the changes. */
    static final int ORDER = -10;

    private final CouncilMembers members;
    private final List<CouncilHomeSection> sections;

    CouncilHomePanel(CouncilMembers members, List<CouncilHomeSection> sections) {
        this.members = members;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CouncilHomeSection::order))
                .toList();
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        return !members.seats(viewer).isEmpty();
    }

    @Override
    public Component create(Viewer viewer) {
        Div panel = new Div();
        panel.setId("mon-conseil");
        panel.addClassName("reperes-cards");
        for (CouncilSpace.Seat seat : members.seats(viewer)) {
            long councilId = seat.council().id();
            Div card = new Div(new H2(I18NProvider.translate(
                    viewer.audience().key("council.members.home.title"),
                    seat.council().name())));
            card.addClassName("reperes-card");
            card.addClassName("reperes-council-home");
            for (CouncilHomeSection section : sections) {
                section.section(viewer, councilId).ifPresent(card::add);
            }
            card.add(new Anchor(
                    "conseil/" + councilId,
                    I18NProvider.translate(viewer.audience().key("council.members.home.open"))));
            panel.add(card);
        }
        return panel;
    }

    @Override
    public int order() {
        return ORDER;
    }
}
