package fr.reperes.participation.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.Deliveries;
import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.NotificationLine;
import fr.reperes.notification.Notifications;
import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.answers.AnswerFixtures.Council;
import fr.reperes.participation.answers.AnswerFixtures.Member;
import fr.reperes.participation.answers.AnswerRecords.AdoptedProposal;
import fr.reperes.participation.answers.AnswerRecords.AnswerDraft;
import fr.reperes.participation.answers.AnswerRecords.AnswerEntry;
import fr.reperes.participation.answers.AnswerRecords.AnswerTimeline;
import fr.reperes.participation.answers.AnswerRecords.ProgressDraft;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The département's answers on their own council: written by the animateur alone, refused without reasons,
 * append-only, told once to each sitting member in a number of statements that does not grow with the council, late
 * at the right day, and read in a number of statements that does not grow with the proposals.
 */
@IntegrationTest
class CouncilAnswersTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilAnswers answers;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    AnswerFixtures fixtures;
    Viewer yanis;

    @BeforeEach
    void fixtures() {
        fixtures = new AnswerFixtures(context);
        yanis = fixtures.yanis();
    }

    private AnswerDraft draft(AnswerStatus status, String text) {
        return new AnswerDraft(
                status,
                "Service ASE Littoral",
                fixtures.today(),
                fixtures.today().plusMonths(2),
                text);
    }

    @Test
    void theAnimateurAnswersAndMembersReadTheAnswerInForce() {
        Council council = fixtures.council(2);
        long proposal = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 10);
        Viewer member = council.members().getFirst().viewer();
        assertThat(answers.adopted(member, council.id()))
                .singleElement()
                .satisfies(adopted -> assertThat(adopted.status()).isNull());

        answers.answer(yanis, proposal, draft(AnswerStatus.ACCEPTED, "Un essai commence dans deux foyers."));

        AdoptedProposal adopted = answers.adopted(member, council.id()).getFirst();
        assertThat(adopted.status()).isEqualTo(AnswerStatus.ACCEPTED);
        assertThat(adopted.responsibleService()).isEqualTo("Service ASE Littoral");
        assertThat(adopted.expectedBy()).isEqualTo(fixtures.today().plusMonths(2));
        AnswerTimeline timeline =
                answers.timeline(member, council.id(), proposal).orElseThrow();
        assertThat(timeline.answer()).isNotNull();
        assertThat(timeline.answer().text()).isEqualTo("Un essai commence dans deux foyers.");
    }

    @Test
    void onlyTheAnimateurWritesAndOnlyMembersAndTheAnimateurRead() {
        Council council = fixtures.council(1);
        long proposal = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 10);
        Viewer member = council.members().getFirst().viewer();
        for (String subject : List.of("mehdi", "lina", "karim", "claire", "odpe", "admin")) {
            Viewer reader = TestSignIn.viewer(context, subject);
            assertThatThrownBy(() -> answers.adopted(reader, council.id()))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> answers.answer(reader, proposal, draft(AnswerStatus.ACCEPTED, "")))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> answers.managed(reader)).as(subject).isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> answers.answer(member, proposal, draft(AnswerStatus.ACCEPTED, "")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> answers.progress(member, proposal, new ProgressDraft("x", null, "")))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(answers.adopted(yanis, council.id())).hasSize(1);
        assertThat(fixtures.entries(proposal)).isZero();
        // An id that names no proposal is refused like another département's, not "not found".
        assertThatThrownBy(() -> answers.answer(yanis, Long.MAX_VALUE, draft(AnswerStatus.ACCEPTED, "")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> answers.managedTimeline(yanis, Long.MAX_VALUE))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aRefusalWithoutReasonsIsRefusedWithAClearMessageAndNothingIsWritten() {
        Council council = fixtures.council(1);
        long proposal = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HEALTH, 5);
        for (String blank : List.of("", "   ", "\n")) {
            assertThatThrownBy(() -> answers.answer(yanis, proposal, draft(AnswerStatus.REFUSED, blank)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            invalid -> assertThat(invalid.fieldErrors())
                                    .containsExactly(Map.entry("text", "council.answers.error.reasons")));
        }
        assertThat(new BundleTranslations().getTranslation("council.answers.error.reasons", BundleTranslations.FRENCH))
                .isEqualTo("Un refus doit dire ses raisons : écrivez-les pour les membres du conseil.");
        assertThat(fixtures.entries(proposal)).isZero();
        // Accepted or under study, the text is optional; refused with reasons, it is written.
        answers.answer(yanis, proposal, draft(AnswerStatus.REFUSED, "Le budget de cette année est voté."));
        assertThat(fixtures.entries(proposal)).isEqualTo(1);
    }

    @Test
    void eachFieldAtFaultIsNamed() {
        Council council = fixtures.council(1);
        long proposal = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HEALTH, 5);
        LocalDate today = fixtures.today();
        assertThatThrownBy(() -> answers.answer(yanis, proposal, new AnswerDraft(null, " ", null, null, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsOnly(
                                        Map.entry("status", "council.answers.error.status"),
                                        Map.entry("service", "council.answers.error.service"),
                                        Map.entry("answeredOn", "council.answers.error.answered-on")));
        assertThatThrownBy(() -> answers.answer(
                        yanis,
                        proposal,
                        new AnswerDraft(AnswerStatus.ACCEPTED, "x".repeat(161), today.plusDays(1), today, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsOnly(
                                        Map.entry("service", "council.answers.error.service-long"),
                                        Map.entry("answeredOn", "council.answers.error.answered-on-future"),
                                        Map.entry("expectedBy", "council.answers.error.expected-by")));
        long rejected = fixtures.proposal(council, ProposalStatus.REJECTED, ProposalTheme.HEALTH, 5);
        assertThatThrownBy(() -> answers.answer(yanis, rejected, draft(AnswerStatus.ACCEPTED, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("proposal"));
        assertThat(fixtures.entries(proposal) + fixtures.entries(rejected)).isZero();
    }

    @Test
    void progressNeedsAnAnswerThatIsNotARefusal() {
        Council council = fixtures.council(1);
        long proposal = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HEALTH, 5);
        assertThatThrownBy(() -> answers.progress(yanis, proposal, new ProgressDraft("Avancée", 10, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsOnly(Map.entry("answer", "council.answers.error.no-answer")));
        answers.answer(yanis, proposal, draft(AnswerStatus.UNDER_STUDY, ""));
        for (int percent : new int[] {-1, 101}) {
            assertThatThrownBy(() -> answers.progress(yanis, proposal, new ProgressDraft(" ", percent, "")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            invalid -> assertThat(invalid.fieldErrors())
                                    .containsOnly(
                                            Map.entry("text", "council.answers.error.progress-text"),
                                            Map.entry("percent", "council.answers.error.percent")));
        }
        for (int percent : new int[] {0, 100}) {
            answers.progress(yanis, proposal, new ProgressDraft("Avancée", percent, "Étape"));
        }
        answers.answer(yanis, proposal, draft(AnswerStatus.REFUSED, "Trop cher."));
        assertThatThrownBy(() -> answers.progress(yanis, proposal, new ProgressDraft("Avancée", 10, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsOnly(Map.entry("answer", "council.answers.error.refused-final")));
        assertThat(fixtures.entries(proposal)).isEqualTo(4);
    }

    /** A later answer or update adds a line; what was written before reads the same, byte for byte. */
    @Test
    void theHistoryIsAppendOnly() {
        Council council = fixtures.council(1);
        long proposal = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.AUTONOMY, 20);
        Viewer member = council.members().getFirst().viewer();
        answers.answer(yanis, proposal, draft(AnswerStatus.UNDER_STUDY, "On regarde."));
        List<AnswerEntry> first =
                answers.timeline(member, council.id(), proposal).orElseThrow().entries();
        answers.progress(yanis, proposal, new ProgressDraft("Étude des coûts.", 30, "Chiffrage"));
        answers.answer(yanis, proposal, draft(AnswerStatus.ACCEPTED, "On le fait."));
        AnswerTimeline after = answers.timeline(member, council.id(), proposal).orElseThrow();
        assertThat(after.entries()).hasSize(3).startsWith(first.toArray(AnswerEntry[]::new));
        assertThat(after.answer().status()).isEqualTo(AnswerStatus.ACCEPTED);
        assertThat(after.entries().getFirst().status()).isEqualTo(AnswerStatus.UNDER_STUDY);
        AdoptedProposal adopted = answers.adopted(member, council.id()).getFirst();
        assertThat(adopted.status()).isEqualTo(AnswerStatus.ACCEPTED);
        assertThat(adopted.percentDone()).isEqualTo(30);
        assertThat(adopted.lastStep()).isEqualTo("Chiffrage");
        assertThat(adopted.entries()).isEqualTo(3);
    }

    /** No code of the portal updates or deletes a line of an answer's history. */
    @Test
    void noCodeRewritesTheHistory() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> rewriting = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> {
                        try {
                            String source = Files.readString(path).replaceAll("\\s+", " ");
                            return source.matches("(?is).*(UPDATE|DELETE FROM) council_answer_entry.*");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(rewriting).isEmpty();
        }
    }

    /**
     * Every member sitting today is told once per change, whoever they are; a member who resigned, whose mandate
     * ended or has not started, and the animateur, are not.
     */
    @Test
    void sittingMembersAreToldOnceEachAndNobodyElse() {
        Council council = fixtures.council(3);
        LocalDate today = fixtures.today();
        Member resignedTomorrow =
                fixtures.member(council.id(), today.minusMonths(2), today.plusMonths(10), today.plusDays(1));
        Member resignedToday = fixtures.member(council.id(), today.minusMonths(2), today.plusMonths(10), today);
        Member endedYesterday = fixtures.member(council.id(), today.minusYears(2), today.minusDays(1), null);
        Member startsTomorrow = fixtures.member(council.id(), today.plusDays(1), today.plusYears(2), null);
        long proposal = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.LEISURE_AND_SPORT, 3);
        String link = CouncilAnswersView.link(council.id(), proposal);

        answers.answer(yanis, proposal, draft(AnswerStatus.ACCEPTED, ""));
        answers.progress(yanis, proposal, new ProgressDraft("Le terrain est réservé.", null, ""));

        for (Member member : Stream.concat(council.members().stream(), Stream.of(resignedTomorrow))
                .toList()) {
            assertThat(fixtures.bellLines(member.accountId(), link)).isEqualTo(2);
            List<NotificationLine> bell = notifications.recent(member.viewer());
            assertThat(bell)
                    .filteredOn(line -> line.kind() == NotificationKind.COUNCIL_ANSWER_CHANGED)
                    .extracting(NotificationLine::link)
                    .containsExactly(link, link);
        }
        for (Member other : List.of(resignedToday, endedYesterday, startsTomorrow)) {
            assertThat(fixtures.bellLines(other.accountId(), link)).isZero();
        }
        assertThat(fixtures.bellLines(yanis.accountId(), link)).isZero();
        // The line names nobody: no young person, no first name, no title.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE link = :link "
                                + "AND (young_person_id IS NOT NULL OR first_name <> '')")
                        .param("link", link)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Telling two members or nine costs the same statements: the mandates, their accounts, one INSERT. */
    @Test
    void tellingTheMembersCostsTheSameStatementsWhateverTheirNumber() {
        Council small = fixtures.council(2);
        Council large = fixtures.council(9);
        long smallProposal = fixtures.proposal(small, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 3);
        long largeProposal = fixtures.proposal(large, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 3);
        long forSmall =
                fewestStatementsDuring(() -> answers.answer(yanis, smallProposal, draft(AnswerStatus.UNDER_STUDY, "")));
        long forLarge =
                fewestStatementsDuring(() -> answers.answer(yanis, largeProposal, draft(AnswerStatus.UNDER_STUDY, "")));
        // The server's counter is global: the mails fanned out after the commit (one listener per member) may land
        // one statement in the window. A statement per member would add seven.
        assertThat(forLarge).isBetween(forSmall - 1, forSmall + 1);
        assertThat(forSmall).isLessThanOrEqualTo(12);
        for (Member member : large.members()) {
            assertThat(fixtures.bellLines(member.accountId(), CouncilAnswersView.link(large.id(), largeProposal)))
                    .isEqualTo(3);
        }
    }

    /**
     * Late means more than the due days without an answer or news, in whole days: news 59 or 60 days ago is not
     * late, 61 days ago is; a refusal or a finished answer waits for nothing.
     */
    @Test
    void lateProposalsAtTheBoundaryOfTheDueDays() {
        assertThat(answers.dueDays(yanis)).isEqualTo(60);
        Council council = fixtures.council(1);
        long dayBefore = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 59);
        long dayOf = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 60);
        long dayAfter = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 61);
        long answeredDayOf = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 200);
        fixtures.answered(answeredDayOf, AnswerStatus.ACCEPTED, 60);
        long answeredDayAfter = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 200);
        fixtures.answered(answeredDayAfter, AnswerStatus.UNDER_STUDY, 61);
        long newsDayAfter = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 200);
        fixtures.answered(newsDayAfter, AnswerStatus.ACCEPTED, 150);
        fixtures.progressed(newsDayAfter, 40, 61);
        long newsDayBefore = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 200);
        fixtures.answered(newsDayBefore, AnswerStatus.ACCEPTED, 150);
        fixtures.progressed(newsDayBefore, 40, 59);
        long refused = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 300);
        fixtures.answered(refused, AnswerStatus.REFUSED, 290);
        long finished = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.OTHER, 300);
        fixtures.answered(finished, AnswerStatus.ACCEPTED, 290);
        fixtures.progressed(finished, 100, 200);
        long rejectedLongAgo = fixtures.proposal(council, ProposalStatus.REJECTED, ProposalTheme.OTHER, 300);

        List<AdoptedProposal> managed = answers.managed(yanis);
        Set<Long> late = managed.stream()
                .filter(AdoptedProposal::late)
                .map(AdoptedProposal::proposalId)
                .collect(Collectors.toSet());
        assertThat(late).contains(dayAfter, answeredDayAfter, newsDayAfter);
        assertThat(late)
                .doesNotContain(dayBefore, dayOf, answeredDayOf, newsDayBefore, refused, finished, rejectedLongAgo);
        assertThat(managed.stream().map(AdoptedProposal::proposalId)).doesNotContain(rejectedLongAgo);
        // The late come first, the longest waiting first.
        List<Long> order = managed.stream().map(AdoptedProposal::proposalId).toList();
        assertThat(order.indexOf(newsDayAfter)).isLessThan(order.indexOf(dayBefore));
        assertThat(answers.lateCount(yanis)).isEqualTo(late.size());
    }

    /** The answers' page and one answer's page cost as many statements for two proposals as for eight. */
    @Test
    void readingTheAnswersCostsTheSameStatementsWhateverTheNumberOfProposals() {
        Council few = fixtures.council(1);
        Council many = fixtures.council(1);
        for (int i = 0; i < 2; i++) {
            fixtures.answered(
                    fixtures.proposal(few, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 10 + i),
                    AnswerStatus.ACCEPTED,
                    5);
        }
        long longHistory = 0;
        for (int i = 0; i < 8; i++) {
            longHistory = fixtures.proposal(many, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 10 + i);
            fixtures.answered(longHistory, AnswerStatus.ACCEPTED, 5);
            fixtures.progressed(longHistory, 10 * i, 4);
        }
        long shortHistory = fixtures.proposal(many, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 3);
        Viewer fewMember = few.members().getFirst().viewer();
        Viewer manyMember = many.members().getFirst().viewer();
        long fewSelects = fewestStatementsDuring(() -> answers.adopted(fewMember, few.id()));
        long manySelects = fewestStatementsDuring(() -> answers.adopted(manyMember, many.id()));
        assertThat(manySelects).isEqualTo(fewSelects).isLessThanOrEqualTo(2);
        long finalLongHistory = longHistory;
        assertThat(fewestStatementsDuring(() -> answers.timeline(manyMember, many.id(), finalLongHistory)))
                .isEqualTo(fewestStatementsDuring(() -> answers.timeline(manyMember, many.id(), shortHistory)));
    }

    @Test
    void theHomeShowsAnswersSinceThePreviousVisit() {
        Council council = fixtures.council(1);
        Member member = council.members().getFirst();
        long before = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 30);
        fixtures.answered(before, AnswerStatus.ACCEPTED, 20);
        long after = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 30);
        AccountDirectory accounts = context.getBean(AccountDirectory.class);
        // Never signed in: everything is new.
        assertThat(answers.news(member.viewer(), council.id(), null, 5))
                .extracting(AnswerRecords.AnswerNews::proposalId)
                .containsExactly(before);
        accounts.recordSignIn(member.accountId());
        accounts.recordSignIn(member.accountId());
        answers.answer(yanis, after, draft(AnswerStatus.UNDER_STUDY, ""));
        assertThat(answers.news(
                        member.viewer(),
                        council.id(),
                        accounts.previousVisit(member.viewer()).orElseThrow(),
                        5))
                .extracting(AnswerRecords.AnswerNews::proposalId)
                .containsExactly(after);
        assertThatThrownBy(() -> answers.news(TestSignIn.viewer(context, "lina"), council.id(), null, 5))
                .isInstanceOf(AccessRefusedException.class);
    }

    private long fewestStatementsDuring(Runnable action) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            Deliveries.awaitSettled(jdbc);
            long before = statements();
            action.run();
            fewest = Math.min(fewest, statements() - before);
        }
        return fewest;
    }

    /** SELECT, INSERT, UPDATE and DELETE statements the server ran, from its own counters. */
    private long statements() {
        return jdbc
                .sql("SHOW GLOBAL STATUS WHERE Variable_name IN "
                        + "('Com_select', 'Com_insert', 'Com_insert_select', 'Com_update', 'Com_delete')")
                .query((rs, n) -> rs.getLong("Value"))
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
