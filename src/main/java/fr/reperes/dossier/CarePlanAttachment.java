package fr.reperes.dossier;

import com.vaadin.flow.component.Component;
import fr.reperes.identity.Viewer;
import java.util.Optional;

/**
 * Something another module attached to a published PPE version (the projet d'accès à l'autonomie), shown under the
 * version on "Mon PPE". The implementation reads through the access policy itself: the PPE page does not decide.
 */
public interface CarePlanAttachment {

    Optional<Component> render(Viewer viewer, long youngPersonId, long versionId);
}
