package fr.reperes.participation;

import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewParent;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewMandate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/**
 * A département of its own for each test that changes a council, so that nothing it writes meets the demo or another
 * test: a référent with an account, an animateur, young members (all followed by that référent but one, who has no
 * référent), a parent, a youth council and a parents' council.
 */
final class DebateFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final long departementId;
    final long youthCouncil;
    final long parentsCouncil;
    final Viewer referent;
    final String referentName;
    final Viewer animateur;
    /** Members of the youth council, by first name: Samir, Léa, Inès, Noé, then Jade (who has no référent). */
    final List<Member> members = new ArrayList<>();
    /** A young person of the département who sits on no council. */
    final Viewer outsider;

    final Member parent;

    record Member(long mandateId, Viewer viewer, String firstName, String lastName, String subject) {}

    /** The OpenID Connect subject each account of the fixture is linked to, for view tests that sign in. */
    final String referentSubject;

    final String animateurSubject;
    final String outsiderSubject;

    DebateFixtures(ApplicationContext context) {
        DossierImport dossier = context.getBean(DossierImport.class);
        AccountDirectory accounts = context.getBean(AccountDirectory.class);
        CouncilImport councils = context.getBean(CouncilImport.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        int n = SEQUENCE.incrementAndGet();
        String code = "DB" + (System.nanoTime() % 100_000) + n;
        String prefix = "debate-" + code + "-";
        departementId =
                dossier.departement(code.substring(0, Math.min(10, code.length())), "Département débat " + code);
        long territory = dossier.territory(departementId, "Territoire " + n);
        long service = dossier.service(departementId, territory, "Service " + n, "01 00 00 00 00");
        long referentId = dossier.professional(departementId, service, "Rosalie", "Fontaine", "Référente", null, null);
        referentName = "Rosalie Fontaine";
        AccountSummary referentAccount =
                accounts.create(NewAccount.professional(departementId, Role.REFERENT, referentName, referentId));
        referentSubject = prefix + "referent";
        accounts.linkIdentity(referentAccount.id(), referentSubject);
        referent = new Viewer(
                referentAccount.id(),
                referentSubject,
                referentName,
                Role.REFERENT,
                departementId,
                null,
                null,
                referentId);
        long animateurId = dossier.professional(departementId, service, "Yves", "Animo", "Animateur", null, null);
        AccountSummary animateurAccount =
                accounts.create(NewAccount.professional(departementId, Role.ANIMATEUR, "Yves Animo", animateurId));
        animateurSubject = prefix + "animateur";
        accounts.linkIdentity(animateurAccount.id(), animateurSubject);
        animateur = new Viewer(
                animateurAccount.id(),
                animateurSubject,
                "Yves Animo",
                Role.ANIMATEUR,
                departementId,
                null,
                null,
                animateurId);
        youthCouncil = councils.council(departementId, null, CouncilKind.YOUTH, "Conseil des jeunes " + code);
        parentsCouncil = councils.council(departementId, null, CouncilKind.PARENTS, "Conseil des parents " + code);
        String[][] names = {
            {"Samir", "Bensaïd"},
            {"Léa", "Girardin"},
            {"Inès", "Marchal"},
            {"Noé", "Castel"},
            {"Jade", "Perrot"},
            {"Kévin", "Outsider"}
        };
        List<NewYoungPerson> people = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            people.add(new NewYoungPerson(
                    territory,
                    names[i][0],
                    names[i][1],
                    today.minusYears(15).minusDays(i),
                    i == 4 ? null : referentId,
                    false));
        }
        List<Long> ids = dossier.youngPeople(departementId, people);
        Viewer outsiderViewer = null;
        String outsiderSubject = "";
        for (int i = 0; i < names.length; i++) {
            String name = names[i][0] + " " + names[i][1];
            AccountSummary account = accounts.create(NewAccount.youngPerson(departementId, name, ids.get(i)));
            String subject = prefix + i;
            accounts.linkIdentity(account.id(), subject);
            Viewer viewer = new Viewer(account.id(), subject, name, Role.JEUNE, departementId, ids.get(i), null, null);
            if (i == names.length - 1) {
                outsiderViewer = viewer;
                outsiderSubject = subject;
                continue;
            }
            long mandate = councils.mandate(new NewMandate(
                    youthCouncil,
                    ids.get(i),
                    null,
                    names[i][0],
                    MemberSex.UNSAID,
                    today.minusMonths(3),
                    today.plusMonths(21),
                    null,
                    null));
            members.add(new Member(mandate, viewer, names[i][0], names[i][1], subject));
        }
        outsider = Objects.requireNonNull(outsiderViewer);
        this.outsiderSubject = outsiderSubject;
        long parentId = dossier.parents(departementId, List.of(new NewParent("Hélène", "Vasseur", null, null)))
                .getFirst();
        AccountSummary parentAccount = accounts.create(NewAccount.parent(departementId, "Hélène Vasseur", parentId));
        String parentSubject = prefix + "parent";
        accounts.linkIdentity(parentAccount.id(), parentSubject);
        Viewer parentViewer = new Viewer(
                parentAccount.id(), parentSubject, "Hélène Vasseur", Role.PARENT, departementId, null, parentId, null);
        long parentMandate = councils.mandate(new NewMandate(
                parentsCouncil,
                null,
                parentId,
                "Hélène",
                MemberSex.UNSAID,
                today.minusMonths(3),
                today.plusMonths(21),
                null,
                null));
        parent = new Member(parentMandate, parentViewer, "Hélène", "Vasseur", parentSubject);
    }

    Member samir() {
        return members.get(0);
    }

    Member lea() {
        return members.get(1);
    }

    Member ines() {
        return members.get(2);
    }

    Member noe() {
        return members.get(3);
    }

    /** A member whose file names no référent. */
    Member jade() {
        return members.get(4);
    }
}
