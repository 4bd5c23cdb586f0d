package fr.reperes.autonomy;

import fr.reperes.access.ParentalAuthority;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** New young people born on a chosen day, followed by a persona référent, with their own account and a parent's. */
public final class PathwayPeople {

    private PathwayPeople() {}

    public record Person(long id, String subject, String parentSubject) {

        Viewer viewer(ApplicationContext context) {
            return TestSignIn.viewer(context, subject);
        }

        Viewer parent(ApplicationContext context) {
            return TestSignIn.viewer(context, parentSubject);
        }
    }

    public static Person bornOn(ApplicationContext context, LocalDate birthDate, String referentSubject) {
        Viewer referent = TestSignIn.viewer(context, referentSubject);
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
                                territory, "Test", "Parcours", birthDate, referent.professionalId(), false)))
                .getFirst();
        long parent = dossier.parents(
                        referent.departementId(),
                        List.of(new DossierImport.NewParent("Parent", "Parcours", null, null)))
                .getFirst();
        dossier.parentLinks(
                List.of(new DossierImport.NewParentLink(id, parent, Kinship.MOTHER, ParentalAuthority.HOLDS, false)));
        String subject = "parcours-" + UUID.randomUUID();
        AccountSummary account = accounts.create(NewAccount.youngPerson(referent.departementId(), "Test Parcours", id));
        accounts.linkIdentity(account.id(), subject);
        AccountSummary parentAccount =
                accounts.create(NewAccount.parent(referent.departementId(), "Parent Parcours", parent));
        accounts.linkIdentity(parentAccount.id(), subject + "-parent");
        return new Person(id, subject, subject + "-parent");
    }
}
