package fr.reperes.dossier.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.contacts.ContactCards;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.DepartementPhone;
import fr.reperes.shell.HomePanel;
import java.util.List;

/** One card per child; a closed card says why in plain words and shows nothing of the child. */
@org.springframework.stereotype.Component
class ParentHomePanel implements HomePanel {

    private final YoungPersonService youngPeople;
    private final DepartementPhone departement;

    ParentHomePanel(YoungPersonService youngPeople, DepartementPhone departement) {
        this.youngPeople = youngPeople;
        this.departement = departement;
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        return viewer.role() == Role.PARENT;
    }

    @Override
    public Component create(Viewer viewer) {
        List<ChildCard> children = youngPeople.children(viewer);
        Div panel = new Div();
        panel.addClassName("reperes-cards");
        if (children.isEmpty()) {
            panel.add(new Paragraph(I18NProvider.translate("parent.no-child")));
        }
        for (ChildCard child : children) {
            if (!child.open()) {
                panel.add(ClosedFileCard.of(child, departement.asePhone()));
                continue;
            }
            Div card = new Div();
            card.addClassName("reperes-card");
            card.add(new H2(child.firstName()), new Paragraph(I18NProvider.translate("parent.child.age", child.age())));
            card.add(ContactCards.referent(child.referent(), "parent.child.referent"));
            panel.add(card);
        }
        return StaticHtml.mark(panel);
    }
}
