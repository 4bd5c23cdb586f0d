package fr.reperes.autonomy;

import com.vaadin.flow.component.Component;
import fr.reperes.dossier.CarePlanAttachment;
import fr.reperes.identity.Viewer;
import java.util.Optional;

/** Shows the projet d'accès à l'autonomie under the PPE version it was published with. */
@org.springframework.stereotype.Component
class ProjectAttachment implements CarePlanAttachment {

    private final PathwayService pathways;

    ProjectAttachment(PathwayService pathways) {
        this.pathways = pathways;
    }

    @Override
    public Optional<Component> render(Viewer viewer, long youngPersonId, long versionId) {
        return pathways.projectOfVersion(viewer, youngPersonId, versionId).map(PathwayCards::project);
    }
}
