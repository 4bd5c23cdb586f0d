package fr.reperes.dossier.rights;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.dossier.measures.MeasureService;
import fr.reperes.dossier.measures.YoungPersonMeasures;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Mes droits": the rights that apply, chosen by measures and age, one card each. */
@Route(RightsView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.rights", order = 20, icon = "vaadin:shield")
public class RightsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "droits";

    private final String title;

    RightsView(CurrentViewer currentViewer, MeasureService measures) {
        Viewer viewer = currentViewer.require();
        setMaxWidth("60rem");
        title = getTranslation(viewer.audience().key("rights.title"));
        add(new H1(title));
        boolean parent = viewer.role() == Role.PARENT;
        List<YoungPersonMeasures> all = measures.mine(viewer);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation(viewer.audience().key("measures.none-open"))));
        }
        for (YoungPersonMeasures child : all) {
            if (parent) {
                add(new H2(getTranslation("rights.as-parent-of", child.firstName())));
            }
            List<Right> rights =
                    parent ? Rights.forParent(child.measures()) : Rights.forYoungPerson(child.age(), child.measures());
            Div cards = new Div();
            cards.addClassName("reperes-cards");
            for (Right right : rights) {
                Div card = new Div(
                        new H3(getTranslation(viewer.audience().key("right." + right.name()))),
                        new Paragraph(getTranslation(viewer.audience().key("right." + right.name() + ".text"))));
                card.addClassName("reperes-card");
                cards.add(card);
            }
            add(cards);
        }
        addComponentAtIndex(1, PageSummary.of(this, H2.class, H3.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
