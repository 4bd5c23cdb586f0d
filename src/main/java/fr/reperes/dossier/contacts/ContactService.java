package fr.reperes.dossier.contacts;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.ContactKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyFilter;
import fr.reperes.dossier.anonymity.DossierFamilyTexts;
import fr.reperes.identity.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contacts of a young person's file; those belonging to a hidden placement are not even selected for parents. */
@Service
public class ContactService {

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AuditJournal journal;

    private final AnonymityGuard anonymity;

    ContactService(JdbcClient jdbc, DossierAccess access, AuditJournal journal, AnonymityGuard anonymity) {
        this.anonymity = anonymity;
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
    }

    @Transactional
    public List<PersonContact> contacts(Viewer viewer, long youngPersonId) {
        Map<InformationKind, AccessDecision> decisions =
                access.decideEach(viewer, youngPersonId, InformationKind.IDENTITY, InformationKind.PLACEMENT_LOCATION);
        AccessDecision decision = access.require(
                viewer,
                youngPersonId,
                InformationKind.IDENTITY,
                Objects.requireNonNull(decisions.get(InformationKind.IDENTITY), "asked for just above"));
        boolean placementAllowed = Objects.requireNonNull(
                        decisions.get(InformationKind.PLACEMENT_LOCATION), "asked for just above")
                .allowed();
        FamilyFilter filter = anonymity.filterFor(decision, youngPersonId);
        List<PersonContact> contacts = new ArrayList<>();
        jdbc.sql("SELECT id, kind, name, organisation, phone, email FROM contact "
                        + "WHERE young_person_id = :id" + (placementAllowed ? "" : " AND NOT part_of_placement")
                        + " ORDER BY kind, name")
                .param("id", youngPersonId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    // Under an anonymity order a contact that names the placement is left out whole.
                    if (filter.hides(DossierFamilyTexts.CONTACT_NAME, id, rs.getString("name"))
                            || filter.hides(DossierFamilyTexts.CONTACT_ORGANISATION, id, rs.getString("organisation"))
                            || filter.hides(DossierFamilyTexts.CONTACT_PHONE, id, rs.getString("phone"))
                            || filter.hides(DossierFamilyTexts.CONTACT_EMAIL, id, rs.getString("email"))) {
                        return;
                    }
                    contacts.add(new PersonContact(
                            ContactKind.valueOf(rs.getString("kind")),
                            rs.getString("name"),
                            rs.getString("organisation"),
                            rs.getString("phone"),
                            rs.getString("email")));
                });
        journal.record(viewer, youngPersonId, InformationKind.IDENTITY, decision, AuditAction.READ);
        return contacts;
    }
}
