package fr.reperes.autonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.ContentReader;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.Contract;
import fr.reperes.autonomy.request.RequestDocument;
import fr.reperes.autonomy.request.RequestTransition;
import fr.reperes.autonomy.request.YoungAdultRequest;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.NotificationLine;
import fr.reperes.notification.Notifications;
import fr.reperes.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The request's state machine: only allowed moves, each dated and attributed, and nothing half-written. */
@IntegrationTest
class YoungAdultRequestsTest {

    private static final RequestDraft PLANS =
            new RequestDraft("Finir mon CAP cuisine et trouver un studio.", true, true, false, "");

    @Autowired
    ApplicationContext context;

    @Autowired
    YoungAdultRequests requests;

    @Autowired
    PathwayService pathways;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** The reads the pathway builds on give nothing to a reader the policy refused, whoever passes it. */
    @Test
    void requestsAndContractsAreReadOnlyWithAReaderThePolicyAllowed() {
        long amina = TestSignIn.viewer(context, "amina").youngPersonId();
        DossierAccess access = context.getBean(DossierAccess.class);
        ContentReader hersReferent = access.reader(TestSignIn.viewer(context, "thomas"), amina);
        ContentReader anotherReferent = access.reader(TestSignIn.viewer(context, "claire"), amina);

        assertThat(requests.requestsOf(amina, hersReferent)).isNotEmpty();
        assertThat(requests.contractsOf(amina, hersReferent)).isNotEmpty();
        assertThat(requests.requestsOf(amina, anotherReferent)).isEmpty();
        assertThat(requests.contractsOf(amina, anotherReferent)).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Viewer claire() {
        return TestSignIn.viewer(context, "claire");
    }

    private PathwayPeople.Person seventeenAndAHalf() {
        return PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(6), "claire");
    }

    private long submitted(PathwayPeople.Person person) {
        long id = requests.saveDraft(person.viewer(context), person.id(), PLANS);
        requests.submit(person.viewer(context), person.id());
        return id;
    }

    private YoungAdultRequest request(PathwayPeople.Person person) {
        return pathways.pathway(claire(), person.id()).requests().getFirst();
    }

    private long transitions(long requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM young_adult_request_transition WHERE request_id = :id")
                .param("id", requestId)
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void theMachineAllowsOnlyItsMoves(RequestStatus from) {
        Set<RequestStatus> allowed = switch (from) {
            case DRAFT -> EnumSet.of(RequestStatus.SUBMITTED);
            case SUBMITTED ->
                EnumSet.of(
                        RequestStatus.UNDER_REVIEW,
                        RequestStatus.IN_COMMISSION,
                        RequestStatus.GRANTED,
                        RequestStatus.REFUSED);
            case UNDER_REVIEW -> EnumSet.of(RequestStatus.IN_COMMISSION, RequestStatus.GRANTED, RequestStatus.REFUSED);
            case IN_COMMISSION -> EnumSet.of(RequestStatus.GRANTED, RequestStatus.REFUSED);
            case GRANTED, REFUSED -> EnumSet.noneOf(RequestStatus.class);
        };
        for (RequestStatus to : RequestStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.contains(to));
        }
    }

    @Test
    void fromDraftToContractEveryStepIsDatedAndAttributed() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(18).minusMonths(1), "claire");
        long id = submitted(person);
        requests.move(claire(), id, RequestStatus.UNDER_REVIEW, today());
        requests.move(claire(), id, RequestStatus.IN_COMMISSION, today());
        long contractId = requests.grant(
                claire(),
                id,
                today(),
                new NewContract(
                        "Obtenir le CAP ; entrer en FJT.", today(), today().plusMonths(11), today().plusMonths(5)));

        YoungAdultRequest request = request(person);
        assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
        assertThat(request.submittedOn()).isEqualTo(today());
        assertThat(request.commissionOn()).isEqualTo(today());
        assertThat(request.decidedOn()).isEqualTo(today());
        assertThat(request.history())
                .extracting(RequestTransition::to)
                .containsExactly(
                        RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED,
                        RequestStatus.UNDER_REVIEW,
                        RequestStatus.IN_COMMISSION,
                        RequestStatus.GRANTED);
        assertThat(request.history())
                .extracting(RequestTransition::from)
                .containsExactly(
                        null,
                        RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED,
                        RequestStatus.UNDER_REVIEW,
                        RequestStatus.IN_COMMISSION);
        assertThat(request.history()).allSatisfy(t -> {
            assertThat(t.effectiveOn()).isNotNull();
            assertThat(t.occurredAt()).isNotNull();
            assertThat(t.actorName()).isNotBlank();
        });
        assertThat(request.history().get(1).actorRole()).isEqualTo(Role.JEUNE);
        assertThat(request.history().get(4).actorName()).isEqualTo("Claire Martin");
        assertThat(request.history().get(4).actorRole()).isEqualTo(Role.REFERENT);
        Contract contract = pathways.pathway(person.viewer(context), person.id())
                .currentContract()
                .orElseThrow();
        assertThat(contract.id()).isEqualTo(contractId);
        assertThat(contract.nextReviewOn()).isEqualTo(today().plusMonths(5));
    }

    @Test
    void theRéférentIsToldOfASentRequestAndTheYoungPersonOfEachMoveAfter() {
        PathwayPeople.Person person = seventeenAndAHalf();
        Notifications notifications = context.getBean(Notifications.class);
        long claireUnread = notifications.unreadCount(claire());
        long id = submitted(person);
        // Told after the commit, on another thread.
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.unreadCount(claire()) == claireUnread + 1);
        assertThat(notifications.unreadCount(person.viewer(context))).isZero();
        assertThat(notifications.recent(claire()).getFirst().kind()).isEqualTo(NotificationKind.REQUEST_SUBMITTED);
        requests.move(claire(), id, RequestStatus.UNDER_REVIEW, today());
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.unreadCount(person.viewer(context)) == 1);
        assertThat(notifications.recent(person.viewer(context)))
                .extracting(NotificationLine::kind)
                .containsExactly(NotificationKind.REQUEST_UPDATED);
        assertThat(notifications.unreadCount(person.parent(context))).isZero();
    }

    @Test
    void anImpossibleMoveIsRefusedAndWritesNothing() {
        PathwayPeople.Person person = seventeenAndAHalf();
        long id = requests.saveDraft(person.viewer(context), person.id(), PLANS);
        // A draft is the young person's: the référent cannot move it before it is sent.
        assertThatThrownBy(() -> requests.move(claire(), id, RequestStatus.UNDER_REVIEW, today()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("status", "request.error.transition"));
        requests.submit(person.viewer(context), person.id());
        requests.refuse(claire(), id, today(), "Tu n’as pas encore 18 ans : redemande dans trois mois.");
        long before = transitions(id);
        assertThatThrownBy(() -> requests.move(claire(), id, RequestStatus.IN_COMMISSION, today()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> requests.grant(
                        claire(),
                        id,
                        today(),
                        new NewContract("x", today().plusMonths(7), today().plusMonths(12), today().plusMonths(9))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(transitions(id)).isEqualTo(before);
        assertThat(request(person).status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(request(person).refusalReasons()).startsWith("Tu n’as pas encore 18 ans");
    }

    @Test
    void decisionDatesFollowThePreviousStepAndAreNotInTheFuture() {
        PathwayPeople.Person person = seventeenAndAHalf();
        long id = submitted(person);
        assertThatThrownBy(() -> requests.refuse(claire(), id, today().minusDays(1), "Raisons"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("effectiveOn", "request.error.date-before-previous"));
        assertThatThrownBy(() -> requests.refuse(claire(), id, today().plusDays(1), "Raisons"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("effectiveOn", "request.error.date-future"));
        assertThatThrownBy(() -> requests.refuse(claire(), id, today(), "  "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("reasons", "request.error.reasons"));
        // The commission may sit on a coming date; the decision then waits for it.
        requests.move(claire(), id, RequestStatus.IN_COMMISSION, today().plusDays(10));
        assertThat(request(person).commissionOn()).isEqualTo(today().plusDays(10));
        assertThatThrownBy(() -> requests.refuse(claire(), id, today(), "Raisons"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(request(person).status()).isEqualTo(RequestStatus.IN_COMMISSION);
    }

    @Test
    void theContractRunsFromEighteenToTheDayBefore21WithItsReviewInside() {
        LocalDate birth = today().minusYears(17).minusMonths(9);
        PathwayPeople.Person person = PathwayPeople.bornOn(context, birth, "claire");
        long id = submitted(person);
        LocalDate eighteen = birth.plusYears(18);
        LocalDate lastDay = birth.plusYears(21).minusDays(1);
        assertThatThrownBy(() -> requests.grant(
                        claire(),
                        id,
                        today(),
                        new NewContract(
                                "Objectifs", eighteen.minusDays(1), eighteen.plusYears(1), eighteen.plusMonths(6))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("startsOn", "contract.error.starts-before-18"));
        assertThatThrownBy(() -> requests.grant(
                        claire(),
                        id,
                        today(),
                        new NewContract("Objectifs", eighteen, lastDay.plusDays(1), eighteen.plusMonths(6))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("endsOn", "contract.error.after-21"));
        assertThatThrownBy(() -> requests.grant(
                        claire(),
                        id,
                        today(),
                        new NewContract("", eighteen, eighteen.plusYears(1), eighteen.plusYears(2))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("objectives", "contract.error.objectives")
                        .containsEntry("nextReviewOn", "contract.error.review-outside"));
        assertThat(request(person).status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(pathways.pathway(claire(), person.id()).contracts()).isEmpty();

        requests.grant(claire(), id, today(), new NewContract("Objectifs", eighteen, lastDay, eighteen.plusMonths(6)));
        assertThat(pathways.pathway(claire(), person.id()).contracts()).hasSize(1);
    }

    @Test
    void aSecondRequestAfterAContractIsItsRenewal() {
        PathwayPeople.Person person = PathwayPeople.bornOn(context, today().minusYears(19), "claire");
        long first = submitted(person);
        long contract = requests.grant(
                claire(),
                first,
                today(),
                new NewContract("Objectifs", today().minusMonths(10), today().plusMonths(1), today().plusDays(15)));
        assertThat(pathways.pathway(person.viewer(context), person.id()).renewalPrompt())
                .isTrue();

        long renewal = requests.saveDraft(person.viewer(context), person.id(), PLANS);
        assertThat(request(person).id()).isEqualTo(renewal);
        assertThat(request(person).renewalOfContractId()).isEqualTo(contract);
        requests.submit(person.viewer(context), person.id());
        assertThat(pathways.pathway(person.viewer(context), person.id()).renewalPrompt())
                .isFalse();
        // While it waits for its decision, no other request can be started.
        assertThatThrownBy(() -> requests.saveDraft(person.viewer(context), person.id(), PLANS))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("plans", "request.error.pending"));
    }

    @Test
    void aRequestIsWrittenFrom16UntilTheDayBefore21() {
        PathwayPeople.Person fifteen =
                PathwayPeople.bornOn(context, today().minusYears(16).plusDays(1), "claire");
        PathwayPeople.Person sixteen = PathwayPeople.bornOn(context, today().minusYears(16), "claire");
        PathwayPeople.Person lastDay =
                PathwayPeople.bornOn(context, today().minusYears(21).plusDays(1), "claire");
        PathwayPeople.Person twentyOne = PathwayPeople.bornOn(context, today().minusYears(21), "claire");
        assertThatThrownBy(() -> requests.saveDraft(fifteen.viewer(context), fifteen.id(), PLANS))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> requests.saveDraft(twentyOne.viewer(context), twentyOne.id(), PLANS))
                .isInstanceOf(InvalidInputException.class);
        submitted(sixteen);
        submitted(lastDay);
        assertThat(request(sixteen).status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request(lastDay).status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void submittingNeedsPlansAndSomethingAskedFor() {
        PathwayPeople.Person person = seventeenAndAHalf();
        requests.saveDraft(person.viewer(context), person.id(), new RequestDraft("", false, false, false, " "));
        assertThatThrownBy(() -> requests.submit(person.viewer(context), person.id()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("plans", "request.error.plans")
                        .containsEntry("support", "request.error.support"));
        assertThat(request(person).status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void onlyTheYoungPersonWritesAndOnlyTheirRéférentDecides() {
        PathwayPeople.Person person = seventeenAndAHalf();
        assertThatThrownBy(() -> requests.saveDraft(person.parent(context), person.id(), PLANS))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> requests.saveDraft(TestSignIn.viewer(context, "lina"), person.id(), PLANS))
                .isInstanceOf(AccessRefusedException.class);
        long id = submitted(person);
        assertThatThrownBy(() -> requests.move(person.viewer(context), id, RequestStatus.UNDER_REVIEW, today()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() ->
                        requests.move(TestSignIn.viewer(context, "thomas"), id, RequestStatus.UNDER_REVIEW, today()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> requests.refuse(person.parent(context), id, today(), "Non"))
                .isInstanceOf(AccessRefusedException.class);
        // The parent with authority reads it, as the policy allows for a minor.
        assertThat(pathways.pathway(person.parent(context), person.id()).requests())
                .hasSize(1);
        assertThat(request(person).status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void theTransitionLogIsAppendOnly() {
        PathwayPeople.Person person = seventeenAndAHalf();
        long id = submitted(person);
        assertThatThrownBy(() -> jdbc.sql("UPDATE young_adult_request_transition SET actor_name = 'x' "
                                + "WHERE request_id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM young_adult_request_transition WHERE request_id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyPdfDocumentsJoinADraftAndASentRequestKeepsThem() {
        PathwayPeople.Person person = seventeenAndAHalf();
        requests.saveDraft(person.viewer(context), person.id(), PLANS);
        assertThatThrownBy(() -> requests.addDocument(
                        person.viewer(context), person.id(), "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2
                        }))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("file", "document.error.file.not-pdf"));
        long document = requests.addDocument(
                person.viewer(context), person.id(), "carte-identite.pdf", "%PDF-1.4 test".getBytes());
        requests.submit(person.viewer(context), person.id());
        requests.removeDocument(person.viewer(context), person.id(), document);
        assertThat(request(person).documents())
                .extracting(RequestDocument::fileName)
                .containsExactly("carte-identite.pdf");
        assertThat(requests.document(claire(), document)).startsWith("%PDF-".getBytes());
        assertThatThrownBy(() -> requests.document(TestSignIn.viewer(context, "thomas"), document))
                .isInstanceOf(AccessRefusedException.class);
    }
}
