package fr.reperes.content;

import fr.reperes.access.ParentalAuthority;
import fr.reperes.content.imports.ContentImport;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewMeasure;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A département of a test's own with a placement livret and an AEMO livret (nothing for the other kinds), and the
 * people the test makes in it: young people, their référent, parents, each with an account. Nothing of the demo.
 */
public final class LivretFamily {

    public final long departementId;
    public final long territory;
    public final long referentId;
    public final Viewer referent;
    public final LocalDate today;
    private final DossierImport dossier;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;

    public LivretFamily(ApplicationContext context) {
        dossier = context.getBean(DossierImport.class);
        accounts = context.getBean(AccountDirectory.class);
        jdbc = context.getBean(JdbcClient.class);
        ContentImport content = context.getBean(ContentImport.class);
        today = LocalDate.now(context.getBean(Clock.class));
        departementId =
                dossier.departement("L" + UUID.randomUUID().toString().substring(0, 8), "Département des livrets");
        territory = dossier.territory(departementId, "Territoire");
        for (String code : List.of("WELCOME_PLACEMENT", "WELCOME_AEMO")) {
            long book =
                    content.book(departementId, code, BookKind.WELCOME, 1, Map.of(PageLanguage.FR, "Livret " + code));
            long page = content.page(book, "WELCOME", 1, PageAudience.ALL);
            content.publish(page, PageLanguage.FR, "Bienvenue", "Ce livret explique la mesure.", null, null, "Test");
        }
        referentId = dossier.professional(departementId, null, "Rita", "Référente", "Éducatrice", null, null);
        referent = professional(referentId);
    }

    public Viewer professional(long professionalId) {
        long account = accounts.create(
                        NewAccount.professional(departementId, Role.REFERENT, "Pro Livret", professionalId))
                .id();
        return new Viewer(
                account, signIn(account), "Pro Livret", Role.REFERENT, departementId, null, null, professionalId);
    }

    public long youngPerson(int age, boolean anonymityOrdered) {
        return dossier.youngPeople(
                        departementId,
                        List.of(new DossierImport.NewYoungPerson(
                                territory,
                                "Jeune",
                                "Livret " + UUID.randomUUID(),
                                today.minusYears(age).minusMonths(2),
                                referentId,
                                anonymityOrdered)))
                .getFirst();
    }

    public Viewer young(long youngPersonId) {
        long account = accounts.create(NewAccount.youngPerson(departementId, "Jeune Livret", youngPersonId))
                .id();
        return new Viewer(
                account, signIn(account), "Jeune Livret", Role.JEUNE, departementId, youngPersonId, null, null);
    }

    public Viewer parentOf(long youngPersonId, ParentalAuthority authority, boolean grantedByYoungAdult) {
        long parent = dossier.parents(
                        departementId,
                        List.of(new DossierImport.NewParent("Parent", "Livret " + UUID.randomUUID(), null, null)))
                .getFirst();
        dossier.parentLinks(List.of(new DossierImport.NewParentLink(
                youngPersonId, parent, Kinship.MOTHER, authority, grantedByYoungAdult)));
        long account = accounts.create(NewAccount.parent(departementId, "Parent Livret", parent))
                .id();
        return new Viewer(account, signIn(account), "Parent Livret", Role.PARENT, departementId, null, parent, null);
    }

    /** Links the account to a sign-in subject of its own, so that a view test signs in as it. */
    private String signIn(long account) {
        String subject = "livret-" + UUID.randomUUID();
        accounts.linkIdentity(account, subject);
        return subject;
    }

    /** A measure at home or in placement of {@code kind}, from {@code starts} to {@code ends}; returns its id. */
    public long measure(long youngPersonId, MeasureKind kind, LocalDate starts, @Nullable LocalDate ends) {
        dossier.measures(List.of(NewMeasure.athome(youngPersonId, kind, Decider.JUGE_DES_ENFANTS, starts, ends)));
        return jdbc.sql("SELECT MAX(id) FROM measure WHERE young_person_id = :yp")
                .param("yp", youngPersonId)
                .query(Long.class)
                .single();
    }
}
