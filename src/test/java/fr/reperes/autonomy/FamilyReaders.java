package fr.reperes.autonomy;

import fr.reperes.access.ParentalAuthority;
import fr.reperes.autonomy.imports.AutonomyImport;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanDomain;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new young person followed by a persona référent, with an account, and three parents with accounts: one who holds
 * parental authority and was granted the file by the young person (once adult), one who holds it but was not
 * granted it, and one whose authority was withdrawn (and who was granted it). Every reader of a young person's content
 * in one family.
 */
final class FamilyReaders {

    private FamilyReaders() {}

    /** Who reads; {@link #subject} is their sign-in subject in {@code family}. */
    enum Reader {
        SELF,
        PARENT_GRANTED,
        PARENT_NOT_GRANTED,
        PARENT_WITHDRAWN,
        ASSIGNED_REFERENT,
        OTHER_REFERENT;

        boolean parent() {
            return name().startsWith("PARENT");
        }

        /** Whether this reader may open the file at all, the young person being adult or not. */
        boolean opensFile(boolean adult) {
            return switch (this) {
                case SELF, ASSIGNED_REFERENT -> true;
                case OTHER_REFERENT -> false;
                case PARENT_GRANTED -> true;
                case PARENT_NOT_GRANTED -> !adult;
                case PARENT_WITHDRAWN -> adult;
            };
        }

        String subject(Family family) {
            return switch (this) {
                case SELF -> family.subject();
                case PARENT_GRANTED -> family.subject() + "-granted";
                case PARENT_NOT_GRANTED -> family.subject() + "-not-granted";
                case PARENT_WITHDRAWN -> family.subject() + "-withdrawn";
                case ASSIGNED_REFERENT -> family.referentSubject();
                case OTHER_REFERENT -> family.otherReferentSubject();
            };
        }
    }

    record Family(long id, String subject, String referentSubject, String otherReferentSubject) {

        Viewer viewer(ApplicationContext context, Reader reader) {
            return TestSignIn.viewer(context, reader.subject(this));
        }
    }

    static Family bornOn(ApplicationContext context, LocalDate birthDate) {
        Viewer referent = TestSignIn.viewer(context, "claire");
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        DossierImport dossier = context.getBean(DossierImport.class);
        AccountDirectory accounts = context.getBean(AccountDirectory.class);
        long territory = jdbc.sql("SELECT MIN(id) FROM territory WHERE departement_id = :dep")
                .param("dep", referent.departementId())
                .query(Long.class)
                .single();
        long id = dossier.youngPeople(
                        referent.departementId(),
                        List.of(new DossierImport.NewYoungPerson(
                                territory, "Famille", "Lecteurs", birthDate, referent.professionalId(), false)))
                .getFirst();
        String subject = "famille-" + UUID.randomUUID();
        AccountSummary account =
                accounts.create(NewAccount.youngPerson(referent.departementId(), "Famille Lecteurs", id));
        accounts.linkIdentity(account.id(), subject);
        parent(dossier, accounts, referent.departementId(), id, ParentalAuthority.HOLDS, true, subject + "-granted");
        parent(
                dossier,
                accounts,
                referent.departementId(),
                id,
                ParentalAuthority.HOLDS,
                false,
                subject + "-not-granted");
        parent(
                dossier,
                accounts,
                referent.departementId(),
                id,
                ParentalAuthority.WITHDRAWN,
                true,
                subject + "-withdrawn");
        return new Family(id, subject, "claire", "thomas");
    }

    private static void parent(
            DossierImport dossier,
            AccountDirectory accounts,
            long departementId,
            long youngPersonId,
            ParentalAuthority authority,
            boolean granted,
            String subject) {
        long parent = dossier.parents(
                        departementId, List.of(new DossierImport.NewParent("Parent", "Lecteur", null, null)))
                .getFirst();
        dossier.parentLinks(
                List.of(new DossierImport.NewParentLink(youngPersonId, parent, Kinship.GUARDIAN, authority, granted)));
        AccountSummary account = accounts.create(NewAccount.parent(departementId, "Parent Lecteur", parent));
        accounts.linkIdentity(account.id(), subject);
    }

    /**
     * Health and housing content of every domain-tagged kind, "Santemarque" and "Logementmarque" in their texts: a PPE
     * (version 1), the projet published with version 2 (its steps join the young person's), the grid answered with
     * its comments shared, steps added.
     */
    static Family withHealthAndHousingContent(ApplicationContext context, Family family) {
        Clock clock = context.getBean(Clock.class);
        LocalDate today = LocalDate.now(clock);
        Viewer claire = TestSignIn.viewer(context, family.referentSubject());
        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains = new EnumMap<>(CarePlanDomain.class);
        for (CarePlanDomain domain : CarePlanDomain.values()) {
            domains.put(domain, CarePlanDraft.DraftDomain.empty());
        }
        domains.put(
                CarePlanDomain.HEALTH,
                new CarePlanDraft.DraftDomain(
                        "Santemarque ppe besoin",
                        "Santemarque ppe objectif",
                        "",
                        List.of(new CarePlanAction("Santemarque ppe action", "Claire", null))));
        domains.put(
                CarePlanDomain.SCHOOLING,
                new CarePlanDraft.DraftDomain("Logementmarque ppe besoin", "", "", List.of()));
        context.getBean(DossierImport.class)
                .carePlan(
                        claire.accountId(),
                        claire.displayName(),
                        family.id(),
                        new CarePlanDraft(today.plusMonths(6), "", "", domains),
                        clock.instant().minusSeconds(3600));
        Map<AutonomyDomain, String> goals = new EnumMap<>(AutonomyDomain.class);
        goals.put(AutonomyDomain.HEALTH, "Santemarque projet objectif");
        goals.put(AutonomyDomain.HOUSING, "Logementmarque projet objectif");
        context.getBean(AutonomyImport.class)
                .project(
                        claire,
                        family.id(),
                        today.plusMonths(6),
                        new ProjectDraft(
                                today.plusMonths(6),
                                goals,
                                List.of(
                                        new ProjectAction(
                                                AutonomyDomain.HEALTH, "Santemarque projet etape", "Claire", null),
                                        new ProjectAction(
                                                AutonomyDomain.HOUSING,
                                                "Logementmarque projet etape",
                                                "Claire",
                                                null))),
                        clock.instant());
        context.getBean(AutonomyImport.class)
                .space(
                        family.id(),
                        List.of(
                                new Assessment(AutonomyDomain.HEALTH, AutonomyLevel.NEED_HELP, "grille", true),
                                new Assessment(AutonomyDomain.HOUSING, AutonomyLevel.LEARNING, "grille", true)),
                        List.of(
                                new NewStep(AutonomyDomain.HEALTH, "Santemarque etape", null, null, null),
                                new NewStep(AutonomyDomain.HOUSING, "Logementmarque etape", null, null, null)),
                        List.of(StepStatus.TODO, StepStatus.TODO));
        return family;
    }
}
