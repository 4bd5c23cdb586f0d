package fr.reperes.dossier.measures;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Mes mesures": the measures as a timeline in plain words, each acronym explained. */
@Route(MeasuresView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.measures", order = 10, icon = "vaadin:scale")
public class MeasuresView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "mesures";

    MeasuresView(CurrentViewer currentViewer, MeasureService measures, DateTexts dates) {
        Viewer viewer = currentViewer.require();
        setMaxWidth("48rem");
        add(new H1(getTranslation("measures.title")));
        List<YoungPersonMeasures> all = measures.mine(viewer);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("measures.none-open")));
        }
        for (YoungPersonMeasures child : all) {
            if (viewer.role() == Role.PARENT) {
                add(new H2(getTranslation("measures.of", child.firstName())));
            }
            add(MeasureTimeline.of(child.measures(), viewer.role() == Role.PARENT, dates));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measures.title");
    }
}
