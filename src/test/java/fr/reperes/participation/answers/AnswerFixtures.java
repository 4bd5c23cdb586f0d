package fr.reperes.participation.answers;

import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.CouncilKind;
import fr.reperes.participation.MemberSex;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.imports.AnswerImport;
import fr.reperes.participation.imports.AnswerImport.NewAnswer;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewMandate;
import fr.reperes.participation.imports.CouncilImport.NewProposal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A council of the demo département of its own, with members of its own (fresh young people, each with an account
 * one can sign in as), so that a test answers, notifies and counts without touching the demo's council.
 */
final class AnswerFixtures {

    final ApplicationContext context;
    final JdbcClient jdbc;
    final Clock clock;
    private final CouncilImport councils;
    private final AnswerImport answers;
    private final DossierImport dossier;
    private final AccountDirectory accounts;

    AnswerFixtures(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
        this.councils = context.getBean(CouncilImport.class);
        this.answers = context.getBean(AnswerImport.class);
        this.dossier = context.getBean(DossierImport.class);
        this.accounts = context.getBean(AccountDirectory.class);
    }

    /** A member: the subject they sign in as, their viewer, their mandate. */
    record Member(String subject, Viewer viewer, long mandateId, long accountId) {}

    record Council(long id, List<Member> members) {}

    Viewer yanis() {
        return TestSignIn.viewer(context, "yanis");
    }

    long departement() {
        return yanis().departementId();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A council whose {@code active} members sit today. */
    Council council(int active) {
        long council = councils.council(departement(), null, CouncilKind.YOUTH, "Conseil d’essai " + System.nanoTime());
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < active; i++) {
            members.add(member(council, today().minusMonths(3), today().plusMonths(21), null));
        }
        return new Council(council, List.copyOf(members));
    }

    /** A young person with an account and a mandate in this council from {@code start} to {@code end}. */
    Member member(long council, LocalDate start, LocalDate end, @Nullable LocalDate resignedOn) {
        long territory = jdbc.sql("SELECT id FROM territory WHERE departement_id = :d ORDER BY id LIMIT 1")
                .param("d", departement())
                .query(Long.class)
                .single();
        String lastName = "Conseil" + System.nanoTime();
        long youngPerson = dossier.youngPeople(
                        departement(),
                        List.of(new NewYoungPerson(territory, "Sami", lastName, today().minusYears(15), null, false)))
                .getFirst();
        AccountSummary account =
                accounts.create(NewAccount.youngPerson(departement(), "Sami " + lastName, youngPerson));
        String subject = "membre-" + System.nanoTime();
        accounts.linkIdentity(account.id(), subject);
        long mandate = councils.mandate(
                new NewMandate(council, youngPerson, null, "Sami", MemberSex.BOY, start, end, null, resignedOn));
        return new Member(subject, TestSignIn.viewer(context, subject), mandate, account.id());
    }

    /** A proposal of the council, in this status, decided at noon {@code daysAgo} days ago. */
    long proposal(Council council, ProposalStatus status, ProposalTheme theme, int daysAgo) {
        return proposal(council.id(), council.members().getFirst().mandateId(), status, theme, noon(daysAgo));
    }

    long proposal(long council, long author, ProposalStatus status, ProposalTheme theme, Instant decidedAt) {
        long proposal = councils.proposal(new NewProposal(
                council,
                author,
                "Proposition d’essai " + System.nanoTime(),
                "Le texte de la proposition.",
                theme,
                status,
                decidedAt.minusSeconds(86_400 * 30),
                decidedAt.minusSeconds(86_400 * 20)));
        answers.decided(proposal, decidedAt);
        return proposal;
    }

    /** An answer written at noon {@code daysAgo} days ago. */
    void answered(long proposal, AnswerStatus status, int daysAgo) {
        answers.answer(new NewAnswer(
                proposal,
                status,
                "Service ASE Littoral",
                today().minusDays(daysAgo),
                null,
                status == AnswerStatus.REFUSED ? "Parce que." : null,
                yanis().accountId(),
                noon(daysAgo)));
    }

    void progressed(long proposal, @Nullable Integer percent, int daysAgo) {
        answers.progress(new AnswerImport.NewProgress(
                proposal, "Une nouvelle.", percent, null, yanis().accountId(), noon(daysAgo)));
    }

    Instant noon(int daysAgo) {
        return today().minusDays(daysAgo).atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    long entries(long proposal) {
        return jdbc.sql("SELECT COUNT(*) FROM council_answer_entry WHERE proposal_id = :p")
                .param("p", proposal)
                .query(Long.class)
                .single();
    }

    long bellLines(long accountId, String link) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND kind = 'COUNCIL_ANSWER_CHANGED' "
                        + "AND link = :link")
                .param("a", accountId)
                .param("link", link)
                .query(Long.class)
                .single();
    }
}
