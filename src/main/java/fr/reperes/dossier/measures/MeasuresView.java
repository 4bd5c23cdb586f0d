package fr.reperes.dossier.measures;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.Audience;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Mes mesures": the measures as a timeline in plain words, each acronym explained. */
@Route(MeasuresView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.measures", order = 10, icon = "vaadin:scale")
public class MeasuresView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "mesures";

    private final String title;

    MeasuresView(CurrentViewer currentViewer, MeasureService measures, DateTexts dates) {
        Viewer viewer = currentViewer.require();
        Audience audience = viewer.audience();
        setMaxWidth("48rem");
        List<YoungPersonMeasures> all = measures.mine(viewer);
        List<String> names = all.stream().map(YoungPersonMeasures::firstName).toList();
        title = getTranslation(
                audience.key("measures.title"), BundleTranslations.names(names, getLocale()), names.size());
        add(new H1(title));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation(audience.key("measures.none-open"))));
        }
        for (YoungPersonMeasures child : all) {
            if (all.size() > 1) {
                add(new H2(getTranslation("measures.of", child.firstName())));
            }
            add(MeasureTimeline.of(child.measures(), audience, dates));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
