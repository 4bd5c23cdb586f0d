package fr.reperes.dossier.measures;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyFilter;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.MeasureTerms;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.VisitingRights;
import fr.reperes.dossier.YoungPersonProfile;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.anonymity.DossierFamilyTexts;
import fr.reperes.dossier.anonymity.Placement;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A young person's measures. The placement location is read only when the policy allows PLACEMENT_LOCATION for
 * this viewer: otherwise the address never leaves the database (it is not even selected).
 */
@Service
public class MeasureService {

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final YoungPersonService youngPeople;
    private final AnonymityGuard anonymity;
    private final Clock clock;
    private final List<MeasureTerms> terms;

    MeasureService(
            JdbcClient jdbc,
            DossierAccess access,
            AuditJournal journal,
            YoungPersonService youngPeople,
            AnonymityGuard anonymity,
            Clock clock,
            List<MeasureTerms> terms) {
        this.terms = terms;
        this.anonymity = anonymity;
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    @Transactional
    public YoungPersonMeasures measures(Viewer viewer, long youngPersonId) {
        Map<InformationKind, AccessDecision> decisions =
                access.decideEach(viewer, youngPersonId, InformationKind.MEASURES, InformationKind.PLACEMENT_LOCATION);
        AccessDecision measuresDecision = access.require(
                viewer,
                youngPersonId,
                InformationKind.MEASURES,
                Objects.requireNonNull(decisions.get(InformationKind.MEASURES), "asked for just above"));
        boolean locationAllowed = Objects.requireNonNull(
                        decisions.get(InformationKind.PLACEMENT_LOCATION), "asked for just above")
                .allowed();
        LocalDate today = LocalDate.now(clock);
        FamilyFilter filter = anonymity.filterFor(measuresDecision, youngPersonId);
        List<MeasureLine> lines = jdbc.sql(
                        "SELECT id, kind, decided_by, decided_on, starts_on, ends_on, placement_kind, "
                                + (locationAllowed
                                        ? "placement_name, placement_address, placement_phone, "
                                        : "NULL AS placement_name, NULL AS placement_address, NULL AS placement_phone, ")
                                + "visiting_rights, visiting_frequency FROM measure WHERE young_person_id = :id "
                                + "ORDER BY starts_on DESC, id DESC")
                .param("id", youngPersonId)
                .query((rs, n) -> {
                    LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
                    LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
                    String placementKind = rs.getString("placement_kind");
                    Placement placement = placementKind == null
                            ? null
                            : locationAllowed
                                    ? new Placement(
                                            PlacementKind.valueOf(placementKind),
                                            rs.getString("placement_name"),
                                            rs.getString("placement_address"),
                                            rs.getString("placement_phone"),
                                            false)
                                    : Placement.withheld(PlacementKind.valueOf(placementKind));
                    String visits = rs.getString("visiting_rights");
                    return new MeasureLine(
                            rs.getLong("id"),
                            MeasureKind.valueOf(rs.getString("kind")),
                            Decider.valueOf(rs.getString("decided_by")),
                            rs.getObject("decided_on", LocalDate.class),
                            startsOn,
                            endsOn,
                            MeasureLine.statusOn(startsOn, endsOn, today),
                            placement,
                            visits == null ? null : VisitingRights.valueOf(visits),
                            filter.show(
                                    DossierFamilyTexts.VISITING_FREQUENCY,
                                    rs.getLong("id"),
                                    rs.getString("visiting_frequency")));
                })
                .list();
        lines = withHeldTerms(lines, youngPersonId, today);
        YoungPersonProfile profile = youngPeople.profile(viewer, youngPersonId);
        journal.record(viewer, youngPersonId, InformationKind.MEASURES, measuresDecision, AuditAction.READ);
        if (locationAllowed && lines.stream().anyMatch(line -> line.placement() != null)) {
            journal.record(
                    viewer,
                    youngPersonId,
                    InformationKind.PLACEMENT_LOCATION,
                    decisions.get(InformationKind.PLACEMENT_LOCATION),
                    AuditAction.READ);
        }
        return new YoungPersonMeasures(youngPersonId, profile.firstName(), profile.age(), lines);
    }

    /**
     * A measure whose dates another module holds (the accompagnement jeune majeur, as contracts) takes them from there:
     * one statement, and only when the young person has such a measure.
     */
    private List<MeasureLine> withHeldTerms(List<MeasureLine> lines, long youngPersonId, LocalDate today) {
        List<MeasureLine> result = new ArrayList<>(lines.size());
        Map<MeasureKind, Optional<MeasureTerms.Term>> read = new EnumMap<>(MeasureKind.class);
        for (MeasureLine line : lines) {
            MeasureTerms held = terms.stream()
                    .filter(t -> t.kind() == line.kind())
                    .findFirst()
                    .orElse(null);
            Optional<MeasureTerms.Term> term = held == null
                    ? Optional.empty()
                    : read.computeIfAbsent(line.kind(), kind -> held.termOf(youngPersonId));
            result.add(term.map(t -> line.withTerm(t.startsOn(), t.endsOn(), today))
                    .orElse(line));
        }
        return result;
    }

    /** For a young person, their own measures; for a parent, those of each child whose file is open to them. */
    @Transactional
    public List<YoungPersonMeasures> mine(Viewer viewer) {
        if (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) {
            return List.of(measures(viewer, viewer.youngPersonId()));
        }
        if (viewer.role() == Role.PARENT) {
            List<YoungPersonMeasures> children = new ArrayList<>();
            for (ChildCard child : youngPeople.children(viewer)) {
                if (child.open()) {
                    children.add(measures(viewer, child.openId()));
                }
            }
            return children;
        }
        throw new IllegalStateException("Only young people and parents have 'my measures'");
    }
}
