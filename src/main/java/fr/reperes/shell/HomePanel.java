package fr.reperes.shell;

import com.vaadin.flow.component.Component;
import fr.reperes.identity.Viewer;

/**
 * A part of the home page, offered by the module that owns its content (the young person's "what's next", a
 * parent's children, a référent's caseload). The home page shows every panel that applies to the viewer.
 */
public interface HomePanel {

    boolean appliesTo(Viewer viewer);

    Component create(Viewer viewer);

    /** Panels are shown in ascending order. */
    default int order() {
        return 0;
    }
}
