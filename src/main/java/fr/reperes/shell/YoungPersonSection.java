package fr.reperes.shell;

import com.vaadin.flow.component.Component;
import fr.reperes.identity.Viewer;
import java.util.Optional;

/**
 * A part of a professional's page of one young person, offered by a module that knows something of them the file
 * does not hold (their seat on a council). The module reads it through its services, so that the policy decides and
 * the read is journaled; empty when it has nothing to show this viewer.
 */
public interface YoungPersonSection {

    Optional<Component> section(Viewer viewer, long youngPersonId);
}
