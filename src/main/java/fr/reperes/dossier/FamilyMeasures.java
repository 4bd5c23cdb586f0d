package fr.reperes.dossier;

import fr.reperes.dossier.measures.MeasureLine;
import fr.reperes.dossier.measures.MeasureService;
import fr.reperes.identity.Viewer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures of the viewer's own family, for the modules that choose what to tell a family by its measures (which
 * rights apply, which livret d'accueil to offer): a young person's own, a parent's for each child whose file the
 * policy opens to them. Read through {@link MeasureService}, so that the policy decides and each read is journaled.
 * Kinds and dates only: no place, no decision, no visiting rights.
 */
@Service
public class FamilyMeasures {

    private final MeasureService measures;

    FamilyMeasures(MeasureService measures) {
        this.measures = measures;
    }

    /** One child's measures as a reader of the family sees them. */
    public record Child(long youngPersonId, String firstName, int age, List<Measure> measures) {}

    /** A measure's kind and dates, and whether it is in force today. */
    public record Measure(
            long id,
            MeasureKind kind,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            boolean active) {}

    /** For a young person, their own measures; for a parent, those of each child whose file is open to them. */
    @Transactional
    public List<Child> mine(Viewer viewer) {
        return measures.mine(viewer).stream()
                .map(child -> new Child(
                        child.youngPersonId(),
                        child.firstName(),
                        child.age(),
                        child.measures().stream()
                                .map(m -> new Measure(
                                        m.id(),
                                        m.kind(),
                                        m.startsOn(),
                                        m.endsOn(),
                                        m.status() == MeasureLine.Status.ACTIVE))
                                .toList()))
                .toList();
    }
}
