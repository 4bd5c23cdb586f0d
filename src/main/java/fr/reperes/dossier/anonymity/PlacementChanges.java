package fr.reperes.dossier.anonymity;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.identity.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The référent records a judge's anonymity order, or a new lieu d'accueil: what the parents could read until now is
 * checked again at once ({@link AnonymityRecheck}), and what names the placement is withheld from them.
 */
@Service
public class PlacementChanges {

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AnonymityRecheck recheck;

    PlacementChanges(JdbcClient jdbc, DossierAccess access, AnonymityRecheck recheck) {
        this.jdbc = jdbc;
        this.access = access;
        this.recheck = recheck;
    }

    /** Records that the judge ordered (or lifted) anonymity; returns how many texts were withheld. */
    @Transactional
    public int orderAnonymity(Viewer viewer, long youngPersonId, boolean ordered) {
        AccessDecision decision = access.requireProfessional(viewer, youngPersonId, InformationKind.PLACEMENT_LOCATION);
        jdbc.sql("UPDATE young_person SET placement_anonymity_ordered = :ordered WHERE id = :id")
                .param("ordered", ordered)
                .param("id", youngPersonId)
                .update();
        return recheck.recheck(youngPersonId, new AnonymityRecheck.ReaderDecision(viewer, decision));
    }

    /** Records where a placement measure now places the young person; returns how many texts were withheld. */
    @Transactional
    public int changePlacement(Viewer viewer, long measureId, String name, String address, String phone) {
        long youngPersonId = jdbc.sql(
                        "SELECT young_person_id FROM measure WHERE id = :id AND placement_kind IS NOT NULL")
                .param("id", measureId)
                .query(Long.class)
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        AccessDecision decision = access.requireProfessional(viewer, youngPersonId, InformationKind.PLACEMENT_LOCATION);
        jdbc.sql("UPDATE measure SET placement_name = :name, placement_address = :address, placement_phone = :phone "
                        + "WHERE id = :id")
                .param("name", blankToNull(name))
                .param("address", blankToNull(address))
                .param("phone", blankToNull(phone))
                .param("id", measureId)
                .update();
        return recheck.recheck(youngPersonId, new AnonymityRecheck.ReaderDecision(viewer, decision));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
