package fr.reperes.shell;

import com.vaadin.flow.component.Component;
import fr.reperes.identity.Viewer;

/** Something a module adds to the header of a signed-in account (the notification bell). */
public interface HeaderWidget {

    Component create(Viewer viewer);
}
