package fr.reperes.participation.members;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.participation.CouncilMembership;
import fr.reperes.platform.DateTexts;
import fr.reperes.shell.YoungPersonSection;
import java.util.List;
import java.util.Optional;

/**
 * On a référent's page of one young person: whether they sit or sat on a council, and the dates of their mandates
 * (read through {@link CouncilMembers#membershipOf}, journaled). Nothing else of the council: not what they wrote, never
 * a ballot.
 */
@org.springframework.stereotype.Component
class MembershipSection implements YoungPersonSection {

    private final CouncilMembers members;
    private final DossierAccess access;
    private final DateTexts dates;

    MembershipSection(CouncilMembers members, DossierAccess access, DateTexts dates) {
        this.members = members;
        this.access = access;
        this.dates = dates;
    }

    @Override
    public Optional<Component> section(Viewer viewer, long youngPersonId) {
        if (!access.decide(viewer, youngPersonId, InformationKind.COUNCIL_MEMBERSHIP)
                .allowed()) {
            return Optional.empty();
        }
        List<CouncilMembership> mandates = members.membershipOf(viewer, youngPersonId);
        Div section = new Div(new H2(I18NProvider.translate("council.members.file.title")));
        section.setId("conseils");
        if (mandates.isEmpty()) {
            section.add(new Paragraph(I18NProvider.translate("council.members.file.none")));
            return Optional.of(section);
        }
        UnorderedList list = new UnorderedList();
        for (CouncilMembership mandate : mandates) {
            String line = I18NProvider.translate(
                    "council.members.file.mandate",
                    mandate.council(),
                    dates.day(mandate.startsOn()),
                    dates.day(mandate.endsOn()));
            if (mandate.resignedOn() != null) {
                line += " " + I18NProvider.translate("council.members.file.left", dates.day(mandate.resignedOn()));
            }
            list.add(new ListItem(line));
        }
        section.add(list);
        return Optional.of(section);
    }
}
