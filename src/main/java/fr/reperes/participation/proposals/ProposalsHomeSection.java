package fr.reperes.participation.proposals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.ProposalRow;
import fr.reperes.participation.Proposals;
import fr.reperes.participation.home.CouncilHomeSection;
import java.util.Optional;

/** "Proposals to read" on a member's home: the published proposals of others they have not opened yet. */
@org.springframework.stereotype.Component
class ProposalsHomeSection implements CouncilHomeSection {

    private final Proposals proposals;

    ProposalsHomeSection(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> section(Viewer viewer, long councilId) {
        Proposals.ToRead toRead;
        try {
            toRead = proposals.toRead(viewer, councilId);
        } catch (AccessRefusedException notAMember) {
            // The home asks every section; one that is not the viewer's to show shows nothing.
            return Optional.empty();
        }
        if (toRead.count() == 0) {
            return Optional.empty();
        }
        UnorderedList titles = new UnorderedList();
        for (ProposalRow row : toRead.first()) {
            titles.add(new ListItem(
                    new Anchor(ProposalView.route(councilId, row.id()), row.title() == null ? "" : row.title())));
        }
        Div section = new Div(
                new H3(I18NProvider.translate("council.debate.home.title")),
                new Paragraph(
                        I18NProvider.translate(viewer.audience().key("council.debate.home.count"), toRead.count())),
                titles,
                new Anchor(ProposalListView.route(councilId), I18NProvider.translate("council.debate.home.all")));
        section.addClassName("reperes-card");
        return Optional.of(section);
    }
}
