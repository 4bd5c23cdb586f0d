package fr.reperes.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.JournalEntries;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.dossier.caseload.AgeBand;
import fr.reperes.dossier.caseload.CaseloadFilter;
import fr.reperes.dossier.caseload.CaseloadRow;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo personas' access to each other's files, decided by the policy on facts read from the database. */
@IntegrationTest
class DossierAccessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DossierAccess access;

    @Autowired
    YoungPersonService youngPeople;

    @Autowired
    AuditJournal journal;

    @Autowired
    DossierImport dossierImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private long id(String firstName, String lastName) {
        return jdbc.sql("SELECT id FROM young_person WHERE first_name = :f AND last_name = :l")
                .param("f", firstName)
                .param("l", lastName)
                .query(Long.class)
                .single();
    }

    @Test
    void linaReadsHerOwnFileAndTheReadIsJournaled() {
        Viewer lina = viewer("lina");
        long linaId = id("Lina", "Benali");
        long before = journal.count(linaId, lina.accountId(), InformationKind.IDENTITY);

        YoungPersonProfile profile = youngPeople.profile(lina, linaId);

        assertThat(profile.firstName()).isEqualTo("Lina");
        assertThat(profile.age()).isEqualTo(17);
        assertThat(profile.referent().name()).isEqualTo("Claire Martin");
        assertThat(journal.count(linaId, lina.accountId(), InformationKind.IDENTITY))
                .isEqualTo(before + 1);
    }

    @Test
    void karimHoldsParentalAuthorityAndReadsLinasFile() {
        Viewer karim = viewer("karim");
        long linaId = id("Lina", "Benali");
        long before = journal.count(linaId, karim.accountId(), InformationKind.IDENTITY);

        assertThat(youngPeople.profile(karim, linaId).firstName()).isEqualTo("Lina");
        assertThat(journal.count(linaId, karim.accountId(), InformationKind.IDENTITY))
                .isEqualTo(before + 1);
    }

    @Test
    void nadiaWhoseAuthorityWasWithdrawnIsRefusedEveryKindAndNothingIsJournaled() {
        Viewer nadia = viewer("nadia");
        long linaId = id("Lina", "Benali");
        for (InformationKind kind : InformationKind.values()) {
            assertThat(access.decide(nadia, linaId, kind).reason()).isEqualTo(AccessReason.AUTHORITY_WITHDRAWN);
        }
        assertThatThrownBy(() -> youngPeople.profile(nadia, linaId))
                .isInstanceOf(AccessRefusedException.class)
                .extracting("reason")
                .isEqualTo(AccessReason.AUTHORITY_WITHDRAWN);
        assertThat(journal.count(linaId, nadia.accountId(), InformationKind.IDENTITY))
                .isZero();
    }

    @Test
    void thomasIsNotLinasReferentAndIsRefused() {
        Viewer thomas = viewer("thomas");
        long linaId = id("Lina", "Benali");
        assertThatThrownBy(() -> youngPeople.profile(thomas, linaId))
                .isInstanceOf(AccessRefusedException.class)
                .extracting("reason")
                .isEqualTo(AccessReason.NOT_THEIR_FILE);
        assertThatThrownBy(() -> youngPeople.file(thomas, linaId)).isInstanceOf(AccessRefusedException.class);
        assertThat(journal.count(linaId, thomas.accountId(), InformationKind.IDENTITY))
                .isZero();
    }

    @Test
    void claireFollowsLinaAndHerServiceHeadMaySeeToo() {
        long linaId = id("Lina", "Benali");
        assertThat(access.decide(viewer("claire"), linaId, InformationKind.HEALTH)
                        .reason())
                .isEqualTo(AccessReason.ASSIGNED_REFERENT);
        long headId = jdbc.sql("SELECT s.head_professional_id FROM young_person yp JOIN professional r ON r.id = "
                        + "yp.referent_id JOIN service_team s ON s.id = r.service_id WHERE yp.id = :id")
                .param("id", linaId)
                .query(Long.class)
                .single();
        Viewer head = new Viewer(
                999_999L, "head", "Cheffe", Role.REFERENT, viewer("claire").departementId(), null, null, headId);
        assertThat(access.decide(head, linaId, InformationKind.CARE_PLAN).reason())
                .isEqualTo(AccessReason.SERVICE_HEAD);
    }

    @Test
    void sofiaSeesLeoButNeverWhereHeLives() {
        Viewer sofia = viewer("sofia");
        long leoId = id("Léo", "Lefèvre");
        assertThat(access.decide(sofia, leoId, InformationKind.IDENTITY).allowed())
                .isTrue();
        assertThat(access.decide(sofia, leoId, InformationKind.CARE_PLAN).allowed())
                .isTrue();
        assertThat(access.decide(sofia, leoId, InformationKind.PLACEMENT_LOCATION)
                        .reason())
                .isEqualTo(AccessReason.ANONYMITY_ORDER);
    }

    @Test
    void rolesWithoutIndividualFilesSeeNothing() {
        long linaId = id("Lina", "Benali");
        for (String subject : List.of("yanis", "odpe", "admin")) {
            assertThat(access.decide(viewer(subject), linaId, InformationKind.IDENTITY)
                            .reason())
                    .isEqualTo(AccessReason.ROLE_NEVER_SEES_INDIVIDUAL_FILES);
        }
        assertThat(access.decide(viewer("mehdi"), linaId, InformationKind.IDENTITY)
                        .reason())
                .isEqualTo(AccessReason.NOT_THEIR_FILE);
    }

    @Test
    void aParentLosesAccessOnTheEighteenthBirthdayNotTheDayBefore() {
        LocalDate today = LocalDate.now(clock);
        Viewer demoKarim = viewer("karim");
        // A parent of its own, signed in through Karim's account: the demo's Karim keeps Lina as his only child for
        // the tests that read his menu and pages.
        long parent = dossierImport
                .parents(
                        demoKarim.departementId(),
                        List.of(new DossierImport.NewParent("Parent", "Majorité", null, "06 00 00 00 99")))
                .getFirst();
        Viewer karim = new Viewer(
                demoKarim.accountId(),
                demoKarim.subject(),
                demoKarim.displayName(),
                demoKarim.role(),
                demoKarim.departementId(),
                null,
                parent,
                null);
        long territory = jdbc.sql("SELECT territory_id FROM young_person WHERE id = :id")
                .param("id", id("Lina", "Benali"))
                .query(Long.class)
                .single();
        List<Long> ids = dossierImport.youngPeople(
                karim.departementId(),
                List.of(
                        new DossierImport.NewYoungPerson(
                                territory,
                                "Veille",
                                "Majorité",
                                today.minusYears(18).plusDays(1),
                                null,
                                false),
                        new DossierImport.NewYoungPerson(
                                territory, "Jour", "Majorité", today.minusYears(18), null, false)));
        dossierImport.parentLinks(List.of(
                new DossierImport.NewParentLink(
                        ids.get(0), karim.parentId(), Kinship.FATHER, ParentalAuthority.HOLDS, false),
                new DossierImport.NewParentLink(
                        ids.get(1), karim.parentId(), Kinship.FATHER, ParentalAuthority.HOLDS, false)));

        assertThat(access.decide(karim, ids.get(0), InformationKind.IDENTITY).reason())
                .isEqualTo(AccessReason.PARENT_WITH_AUTHORITY);
        assertThat(access.decide(karim, ids.get(1), InformationKind.IDENTITY).reason())
                .isEqualTo(AccessReason.YOUNG_ADULT_HAS_NOT_GRANTED);
    }

    @Test
    void parentCardsOpenOnlyWhereThePolicyAllows() {
        assertThat(youngPeople.children(viewer("karim")))
                .filteredOn(ChildCard::open)
                .extracting(ChildCard::firstName)
                .contains("Lina");
        List<ChildCard> nadias = youngPeople.children(viewer("nadia"));
        assertThat(nadias).hasSize(1);
        assertThat(nadias.getFirst().open()).isFalse();
        assertThat(nadias.getFirst().firstName()).isNull();
        assertThat(nadias.getFirst().youngPersonId()).isNull();
        assertThat(nadias.getFirst().reason()).isEqualTo(AccessReason.AUTHORITY_WITHDRAWN);
    }

    @Test
    void caseloadIsPagedSearchedAndJournaledAsAList() {
        Viewer claire = viewer("claire");
        long size = youngPeople.caseloadSize(claire, CaseloadFilter.none());
        assertThat(size).isGreaterThan(30);

        var written = JournalEntries.writtenBy(
                context, claire, () -> youngPeople.caseload(claire, CaseloadFilter.none(), PageRequest.of(0, 10)));
        List<CaseloadRow> firstPage = written.value();
        assertThat(firstPage).hasSize(10);
        assertThat(firstPage).extracting(CaseloadRow::lastName).isSorted();
        // Each young person on the page is journaled once as listed, and nobody else; the latest PPE's review date
        // shown in the list is a listed read of the PPE, for those who have one.
        Map<JournalEntries.Entry, Long> listed = new HashMap<>();
        for (CaseloadRow row : firstPage) {
            listed.put(JournalEntries.entry(row.id(), InformationKind.IDENTITY, AuditAction.LISTED), 1L);
            if (row.ppeReviewOn() != null) {
                listed.put(JournalEntries.entry(row.id(), InformationKind.CARE_PLAN, AuditAction.LISTED), 1L);
            }
        }
        written.are(listed);

        List<CaseloadRow> lina =
                youngPeople.caseload(claire, new CaseloadFilter("lina ben", null), PageRequest.of(0, 10));
        assertThat(lina).extracting(CaseloadRow::fullName).containsExactly("Benali Lina");
        assertThat(youngPeople.caseload(
                        claire, new CaseloadFilter(null, AgeBand.FROM_16_TO_17), PageRequest.of(0, 100)))
                .allSatisfy(row -> assertThat(row.age()).isBetween(16, 17));
        assertThatThrownBy(() -> youngPeople.caseload(viewer("karim"), CaseloadFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCaseloadPageCostsTheSameStatementsWhateverItsSize() {
        Viewer claire = viewer("claire");
        long ten = SqlStatements.selectsDuring(
                jdbc, () -> youngPeople.caseload(claire, CaseloadFilter.none(), PageRequest.of(0, 10)));
        long all = SqlStatements.selectsDuring(
                jdbc, () -> youngPeople.caseload(claire, CaseloadFilter.none(), PageRequest.of(0, 100)));
        assertThat(all).isEqualTo(ten).isEqualTo(1);
    }
}
