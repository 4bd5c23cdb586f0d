package fr.reperes.participation.home;

import com.vaadin.flow.component.Component;
import fr.reperes.identity.Viewer;
import java.util.Optional;

/** One part of a member's council on their home. */
public interface CouncilHomeSection {

    int order();

    Optional<Component> section(Viewer viewer, long councilId);
}
