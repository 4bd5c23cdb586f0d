package fr.reperes.shell.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.HomePanel;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/** The home page of every role, made of the panels that apply to the viewer. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentViewer currentViewer;
    private final transient List<HomePanel> panels;

    HomeView(CurrentViewer currentViewer, List<HomePanel> panels) {
        this.currentViewer = currentViewer;
        this.panels = panels;
        addClassName("reperes-home");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Viewer viewer = currentViewer.require();
        if (!viewer.hasAccount()) {
            event.forwardTo("sans-compte");
            return;
        }
        removeAll();
        add(new H1(getTranslation("home.title", viewer.displayName())));
        panels.stream()
                .filter(panel -> panel.appliesTo(viewer))
                .sorted(Comparator.comparingInt(HomePanel::order))
                .forEach(panel -> add(panel.create(viewer)));
        // The panels that are only read (marked by their module) go to the browser as HTML.
        StaticHtml.freezeMarked(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
