package fr.reperes.autonomy.pathway;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.grid.AutonomySpace;
import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;

/**
 * A parent reads their child's road to autonomy, only as the policy allows: a minor's while they hold parental
 * authority, a young adult's only if the young adult shared their file. Nothing here can be changed.
 */
@Route(ChildAutonomyView.ROUTE)
@RolesAllowed("PARENT")
@Menu(title = "nav.child-autonomy", order = 12, icon = "vaadin:road")
public class ChildAutonomyView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "autonomie-enfant";

    ChildAutonomyView(
            CurrentViewer currentViewer,
            YoungPersonService youngPeople,
            AutonomyService autonomy,
            PathwayService pathways,
            DateTexts dates) {
        Viewer viewer = currentViewer.require();
        setMaxWidth("56rem");
        add(new H1(getTranslation("child-autonomy.title")), new Paragraph(getTranslation("child-autonomy.intro")));
        for (ChildCard child : youngPeople.children(viewer)) {
            if (!child.open()) {
                add(new Paragraph(
                        getTranslation("access.reason." + child.reason().name())));
                continue;
            }
            add(
                    new H2(getTranslation("child-autonomy.of", child.firstName())),
                    new Paragraph(getTranslation("child-autonomy.own-words", child.firstName())));
            // The card above was decided with the same rule; a refusal here means the facts changed in between, and
            // goes on to the refused page (shell's AccessRefusedView) with nothing of the page.
            AutonomySpace space = autonomy.space(viewer, child.openId());
            if (!space.open()) {
                add(new Paragraph(
                        space.ended()
                                ? getTranslation("child-autonomy.ended")
                                : getTranslation("child-autonomy.closed", dates.day(space.opensOn()))));
                continue;
            }
            Pathway pathway = pathways.pathway(viewer, child.openId());
            Div cards =
                    new Div(PathwayCards.interview(pathway.interview(), pathway.birthDate(), pathway.today(), dates));
            cards.addClassName("reperes-cards");
            pathway.currentContract().ifPresent(c -> cards.add(PathwayCards.contract(c, pathway.today(), dates)));
            pathway.openRequest().ifPresent(r -> cards.add(PathwayCards.request(r, dates)));
            add(cards);
            if (pathway.project() != null) {
                add(PathwayCards.project(pathway.project(), dates));
            }
            add(PathwayCards.grid(space));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("child-autonomy.title");
    }
}
