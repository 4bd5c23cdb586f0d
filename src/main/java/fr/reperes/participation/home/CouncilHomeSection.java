package fr.reperes.participation.home;

import com.vaadin.flow.component.Component;
import fr.reperes.identity.Viewer;
import java.util.Optional;

/** One part of a member's council on their home. */
public interface CouncilHomeSection {

    /** Sections are shown in ascending order. */
    int order();

    /** The section for this member and council, read through the module's services; empty when it has nothing. */
    Optional<Component> section(Viewer viewer, long councilId);
}
