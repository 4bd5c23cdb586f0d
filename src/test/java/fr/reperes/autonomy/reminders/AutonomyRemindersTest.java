package fr.reperes.autonomy.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.reperes.Deliveries;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewParent;
import fr.reperes.dossier.imports.DossierImport.NewParentLink;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.notification.MailTest;
import fr.reperes.notification.NotificationKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pathway reminders against the real database and a real SMTP server: each on the first day of its window and
 * not the day before, to the young person alone, once whatever the number of runs or servers, and not when what it
 * asks for is already done. The days are simulated in the past, where no generated young person has a window open;
 * each test uses its own years and asserts on the young people it creates. The tests that compare a whole run's
 * count (two servers, queries) live in the 1970s, before any other test's windows.
 */
@MailTest
class AutonomyRemindersTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AutonomyReminders reminders;

    @Autowired
    DossierImport dossier;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    private long departementId;
    private long territoryId;

    /** A young person of the test, with their account (if any) and the address their mail goes to. */
    private record Person(long id, String firstName, String lastName, Long accountId, String email) {}

    @BeforeEach
    void aTerritoryOfTheDemoDepartement() {
        territoryId =
                jdbc.sql("SELECT MIN(id) FROM territory").query(Long.class).single();
        departementId = jdbc.sql("SELECT departement_id FROM territory WHERE id = :id")
                .param("id", territoryId)
                .query(Long.class)
                .single();
    }

    @Test
    void theSpaceOpeningIsToldOnThe16thBirthdayToTheYoungPersonAloneOnce() throws Exception {
        Person zoe = personWithAccount(LocalDate.of(1980, 3, 10));
        String parentEmail = parentWithAccount(zoe);
        Person noAccount = person(LocalDate.of(1980, 3, 10));
        Person sixteenLongAgo = personWithAccount(LocalDate.of(1980, 2, 8));

        reminders.sendDue(LocalDate.of(1996, 3, 9));
        assertThat(told(zoe, NotificationKind.AUTONOMY_SPACE_OPEN)).isZero();

        reminders.sendDue(LocalDate.of(1996, 3, 10));
        assertThat(told(zoe, NotificationKind.AUTONOMY_SPACE_OPEN)).isEqualTo(1);
        assertThat(notificationsAbout(zoe)).isEqualTo(1);
        assertThat(mailsTo(zoe.email())).isEqualTo(1);
        assertThat(mailsTo(parentEmail)).isZero();
        assertTheMailSaysNothingOf(zoe);
        assertThat(claims(noAccount)).isZero();

        assertThat(reminders.sendDue(LocalDate.of(1996, 3, 10))).isZero();
        reminders.sendDue(LocalDate.of(1996, 3, 11));
        assertThat(told(zoe, NotificationKind.AUTONOMY_SPACE_OPEN)).isEqualTo(1);
        assertThat(mailsTo(zoe.email())).isEqualTo(1);

        // Invited ten days after their birthday, within the 30 days: told at the next run.
        Person invited = giveAccount(noAccount);
        reminders.sendDue(LocalDate.of(1996, 3, 20));
        assertThat(told(invited, NotificationKind.AUTONOMY_SPACE_OPEN)).isEqualTo(1);
        // Their 16th birthday is 31 days old on the first run: too late to greet them.
        assertThat(told(sixteenLongAgo, NotificationKind.AUTONOMY_SPACE_OPEN)).isZero();
    }

    @Test
    void theEntretienIsRemindedFromThe17thBirthdayUnlessItWasHeld() throws Exception {
        LocalDate born = LocalDate.of(1981, 5, 15);
        Person noInterview = personWithAccount(born);
        String parentEmail = parentWithAccount(noInterview);
        Person scheduledOnly = personWithAccount(born);
        interview(scheduledOnly, null);
        Person held = personWithAccount(born);
        interview(held, LocalDate.of(1998, 5, 14));

        reminders.sendDue(LocalDate.of(1998, 5, 14));
        assertThat(told(noInterview, NotificationKind.INTERVIEW_DUE)).isZero();

        reminders.sendDue(LocalDate.of(1998, 5, 15));
        assertThat(told(noInterview, NotificationKind.INTERVIEW_DUE)).isEqualTo(1);
        assertThat(told(scheduledOnly, NotificationKind.INTERVIEW_DUE)).isEqualTo(1);
        assertThat(told(held, NotificationKind.INTERVIEW_DUE)).isZero();
        assertThat(mailsTo(noInterview.email())).isEqualTo(1);
        assertThat(mailsTo(held.email())).isZero();
        assertThat(mailsTo(parentEmail)).isZero();
        assertTheMailSaysNothingOf(noInterview);

        assertThat(reminders.sendDue(LocalDate.of(1998, 5, 15))).isZero();
        reminders.sendDue(LocalDate.of(1998, 5, 16));
        assertThat(told(noInterview, NotificationKind.INTERVIEW_DUE)).isEqualTo(1);
        assertThat(mailsTo(noInterview.email())).isEqualTo(1);
    }

    @Test
    void sixThenThreeMonthsBefore18WithoutASubmittedRequest() throws Exception {
        LocalDate born = LocalDate.of(1982, 9, 20);
        Person noRequest = personWithAccount(born);
        String parentEmail = parentWithAccount(noRequest);
        Person draftOnly = personWithAccount(born);
        request(draftOnly, "DRAFT", null, null);
        Person submittedEarly = personWithAccount(born);
        request(submittedEarly, "SUBMITTED", LocalDate.of(2000, 3, 1), null);
        Person submittedBetween = personWithAccount(born);
        // Their entretien was held, so that the request is the only thing they are reminded of at 17 and a half.
        for (Person person : List.of(noRequest, draftOnly, submittedEarly, submittedBetween)) {
            interview(person, LocalDate.of(1999, 10, 1));
        }

        reminders.sendDue(LocalDate.of(2000, 3, 19));
        assertThat(told(noRequest, NotificationKind.REQUEST_NOT_SUBMITTED)).isZero();

        reminders.sendDue(LocalDate.of(2000, 3, 20));
        assertThat(told(noRequest, NotificationKind.REQUEST_NOT_SUBMITTED)).isEqualTo(1);
        assertThat(told(draftOnly, NotificationKind.REQUEST_NOT_SUBMITTED)).isEqualTo(1);
        assertThat(told(submittedBetween, NotificationKind.REQUEST_NOT_SUBMITTED))
                .isEqualTo(1);
        assertThat(told(submittedEarly, NotificationKind.REQUEST_NOT_SUBMITTED)).isZero();
        assertThat(mailsTo(noRequest.email())).isEqualTo(1);
        assertThat(mailsTo(submittedEarly.email())).isZero();
        assertThat(mailsTo(parentEmail)).isZero();
        assertTheMailSaysNothingOf(noRequest);

        assertThat(reminders.sendDue(LocalDate.of(2000, 3, 20))).isZero();
        reminders.sendDue(LocalDate.of(2000, 3, 21));
        assertThat(told(noRequest, NotificationKind.REQUEST_NOT_SUBMITTED)).isEqualTo(1);

        request(submittedBetween, "SUBMITTED", LocalDate.of(2000, 4, 10), null);
        reminders.sendDue(LocalDate.of(2000, 6, 19));
        assertThat(told(noRequest, NotificationKind.REQUEST_NOT_SUBMITTED)).isEqualTo(1);

        reminders.sendDue(LocalDate.of(2000, 6, 20));
        assertThat(told(noRequest, NotificationKind.REQUEST_NOT_SUBMITTED)).isEqualTo(2);
        assertThat(told(draftOnly, NotificationKind.REQUEST_NOT_SUBMITTED)).isEqualTo(2);
        assertThat(told(submittedBetween, NotificationKind.REQUEST_NOT_SUBMITTED))
                .isEqualTo(1);
        assertThat(told(submittedEarly, NotificationKind.REQUEST_NOT_SUBMITTED)).isZero();
        assertThat(mailsTo(noRequest.email())).isEqualTo(2);

        assertThat(reminders.sendDue(LocalDate.of(2000, 6, 20))).isZero();
        reminders.sendDue(LocalDate.of(2000, 6, 21));
        assertThat(told(noRequest, NotificationKind.REQUEST_NOT_SUBMITTED)).isEqualTo(2);
        assertThat(notificationsAbout(noRequest)).isEqualTo(2);
    }

    @Test
    void aContractEndingInTwoMonthsIsRemindedUnlessARenewalWasSubmitted() throws Exception {
        LocalDate born = LocalDate.of(1985, 1, 10);
        LocalDate start = LocalDate.of(2003, 1, 10);
        LocalDate end = LocalDate.of(2004, 1, 9);
        Person noRenewal = personWithAccount(born);
        String parentEmail = parentWithAccount(noRenewal);
        long contract = contract(noRenewal, start, end, null);
        Person renewalDraft = personWithAccount(born);
        long draftedContract = contract(renewalDraft, start, end, null);
        request(renewalDraft, "DRAFT", null, draftedContract);
        Person renewalSubmitted = personWithAccount(born);
        long renewedContract = contract(renewalSubmitted, start, end, null);
        request(renewalSubmitted, "SUBMITTED", LocalDate.of(2003, 10, 1), renewedContract);

        reminders.sendDue(LocalDate.of(2003, 11, 8));
        assertThat(told(noRenewal, NotificationKind.CONTRACT_ENDING)).isZero();

        reminders.sendDue(LocalDate.of(2003, 11, 9));
        assertThat(told(noRenewal, NotificationKind.CONTRACT_ENDING)).isEqualTo(1);
        assertThat(told(renewalDraft, NotificationKind.CONTRACT_ENDING)).isEqualTo(1);
        assertThat(told(renewalSubmitted, NotificationKind.CONTRACT_ENDING)).isZero();
        assertThat(claimedSubjects(noRenewal)).containsExactly(contract);
        assertThat(mailsTo(noRenewal.email())).isEqualTo(1);
        assertThat(mailsTo(renewalSubmitted.email())).isZero();
        assertThat(mailsTo(parentEmail)).isZero();
        assertTheMailSaysNothingOf(noRenewal);

        assertThat(reminders.sendDue(LocalDate.of(2003, 11, 9))).isZero();
        reminders.sendDue(LocalDate.of(2003, 11, 10));
        assertThat(told(noRenewal, NotificationKind.CONTRACT_ENDING)).isEqualTo(1);
        assertThat(notificationsAbout(noRenewal)).isEqualTo(1);
    }

    @Test
    void theFollowUpInterviewIsSixMonthsAfterTheLastContractOrAfter18WithoutOne() throws Exception {
        LocalDate born = LocalDate.of(1988, 4, 1);
        Person noContract = personWithAccount(born);
        String parentEmail = parentWithAccount(noContract);
        Person oneContract = personWithAccount(born);
        contract(oneContract, LocalDate.of(2006, 4, 1), LocalDate.of(2007, 3, 31), null);
        Person renewed = personWithAccount(born);
        long first = contract(renewed, LocalDate.of(2006, 4, 1), LocalDate.of(2006, 9, 30), null);
        long last = contract(renewed, LocalDate.of(2006, 10, 1), LocalDate.of(2007, 6, 30), first);
        Person leftLongAgo = personWithAccount(LocalDate.of(1988, 2, 1));

        reminders.sendDue(LocalDate.of(2006, 9, 30));
        assertThat(told(noContract, NotificationKind.FOLLOW_UP_INTERVIEW)).isZero();

        reminders.sendDue(LocalDate.of(2006, 10, 1));
        assertThat(told(noContract, NotificationKind.FOLLOW_UP_INTERVIEW)).isEqualTo(1);
        assertThat(mailsTo(noContract.email())).isEqualTo(1);
        assertThat(mailsTo(parentEmail)).isZero();
        assertTheMailSaysNothingOf(noContract);
        assertThat(reminders.sendDue(LocalDate.of(2006, 10, 1))).isZero();
        reminders.sendDue(LocalDate.of(2006, 10, 2));
        assertThat(told(noContract, NotificationKind.FOLLOW_UP_INTERVIEW)).isEqualTo(1);
        // Six months after 18 is more than 30 days old on the first run: too late to invite.
        assertThat(told(leftLongAgo, NotificationKind.FOLLOW_UP_INTERVIEW)).isZero();

        // Six months after a contract that was renewed: the young person has not left care.
        reminders.sendDue(LocalDate.of(2007, 3, 30));
        assertThat(told(renewed, NotificationKind.FOLLOW_UP_INTERVIEW)).isZero();

        reminders.sendDue(LocalDate.of(2007, 9, 29));
        assertThat(told(oneContract, NotificationKind.FOLLOW_UP_INTERVIEW)).isZero();
        reminders.sendDue(LocalDate.of(2007, 9, 30));
        assertThat(told(oneContract, NotificationKind.FOLLOW_UP_INTERVIEW)).isEqualTo(1);
        assertThat(reminders.sendDue(LocalDate.of(2007, 9, 30))).isZero();

        reminders.sendDue(LocalDate.of(2007, 12, 29));
        assertThat(told(renewed, NotificationKind.FOLLOW_UP_INTERVIEW)).isZero();
        reminders.sendDue(LocalDate.of(2007, 12, 30));
        assertThat(told(renewed, NotificationKind.FOLLOW_UP_INTERVIEW)).isEqualTo(1);
        assertThat(claimedSubjects(renewed)).containsExactly(last);
        reminders.sendDue(LocalDate.of(2007, 12, 31));
        assertThat(told(renewed, NotificationKind.FOLLOW_UP_INTERVIEW)).isEqualTo(1);
    }

    @Test
    void twoServersRunningAtOnceTellEachYoungPersonOnce() throws Exception {
        List<Person> people = IntStream.range(0, 6)
                .mapToObj(i -> personWithAccount(LocalDate.of(1961, 6, 1)))
                .toList();
        LocalDate birthday = LocalDate.of(1977, 6, 1);
        CountDownLatch start = new CountDownLatch(1);
        int sent;
        try (ExecutorService servers = Executors.newFixedThreadPool(2)) {
            Future<Integer> first = servers.submit(() -> runAfter(start, birthday));
            Future<Integer> second = servers.submit(() -> runAfter(start, birthday));
            start.countDown();
            sent = first.get() + second.get();
        }

        assertThat(sent).isEqualTo(people.size());
        for (Person person : people) {
            assertThat(told(person, NotificationKind.AUTONOMY_SPACE_OPEN)).isEqualTo(1);
            assertThat(mailsTo(person.email())).isEqualTo(1);
        }
    }

    @Test
    void findingWhoIsDueTakesTheSameFewQueriesWhateverThePopulation() {
        personWithAccount(LocalDate.of(1957, 8, 1));
        LocalDate day = LocalDate.of(1973, 8, 1);
        reminders.sendDue(day);

        // Nothing is left to send: what remains is the search, one query per reminder rule, none per young person.
        long selects = SqlStatements.selectsDuring(
                jdbc, () -> assertThat(reminders.sendDue(day)).isZero());

        assertThat(selects).isEqualTo(6);
    }

    @Test
    void aReminderNobodyCouldBeToldIsNotClaimedSoItCanStillGoOut() {
        // An account of another département: the policy does not let it see this young person, so nobody is told.
        Person elsewhere = person(LocalDate.of(1962, 6, 1));
        long otherDepartement = dossier.departement("T" + elsewhere.id() % 100, "Autre département");
        long accountId = accounts.create(NewAccount.youngPerson(otherDepartement, "Ailleurs", elsewhere.id()))
                .id();
        accounts.rememberEmail(accountId, "ailleurs-" + elsewhere.id() + "@test.reperes.fr");

        assertThat(reminders.sendDue(LocalDate.of(1978, 6, 1))).isZero();

        assertThat(claims(elsewhere)).isZero();
        assertThat(notificationsAbout(elsewhere)).isZero();
        assertThat(received()).isEmpty();
    }

    private int runAfter(CountDownLatch start, LocalDate day) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return reminders.sendDue(day);
    }

    // --- the test's own young people and their pathway ---

    private Person person(LocalDate born) {
        int n = SEQUENCE.incrementAndGet();
        String firstName = "Prénomrappel" + n;
        String lastName = "Nomrappel" + n;
        long id = dossier.youngPeople(
                        departementId, List.of(new NewYoungPerson(territoryId, firstName, lastName, born, null, false)))
                .getFirst();
        return new Person(id, firstName, lastName, null, null);
    }

    private Person personWithAccount(LocalDate born) {
        return giveAccount(person(born));
    }

    private Person giveAccount(Person person) {
        long accountId = accounts.create(NewAccount.youngPerson(
                        departementId, person.firstName() + " " + person.lastName(), person.id()))
                .id();
        String email = "jeune-" + person.id() + "@test.reperes.fr";
        accounts.linkIdentity(accountId, "rappel-jeune-" + person.id());
        accounts.rememberEmail(accountId, email);
        return new Person(person.id(), person.firstName(), person.lastName(), accountId, email);
    }

    /**
     * A parent with an account and an address whom the policy lets see the pathway (the young person, an adult by
     * today's clock, granted it): told nothing all the same, since reminders are for the young person alone.
     */
    private String parentWithAccount(Person child) {
        String email = "parent-" + child.id() + "@test.reperes.fr";
        long parentId = dossier.parents(departementId, List.of(new NewParent("Parent", child.lastName(), email, null)))
                .getFirst();
        dossier.parentLinks(
                List.of(new NewParentLink(child.id(), parentId, Kinship.MOTHER, ParentalAuthority.HOLDS, true)));
        long accountId = accounts.create(NewAccount.parent(departementId, "Parent " + child.lastName(), parentId))
                .id();
        accounts.linkIdentity(accountId, "rappel-parent-" + child.id());
        accounts.rememberEmail(accountId, email);
        return email;
    }

    private void interview(Person person, LocalDate heldOn) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO meeting (young_person_id, kind, starts_at, place, created_by_account_id)
                        VALUES (:yp, 'INTERVIEW', :at, 'Service ASE', 0)""").param("yp", person.id()).param("at", now).update();
        long meetingId = jdbc.sql("SELECT MAX(id) FROM meeting WHERE young_person_id = :yp")
                .param("yp", person.id())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id,
                                                        scheduled_by_name, scheduled_at, held_on)
                        VALUES (:yp, :meeting, 0, 'Référente', :now, :held)""")
                .param("yp", person.id())
                .param("meeting", meetingId)
                .param("now", now)
                .param("held", heldOn)
                .update();
    }

    private long request(Person person, String status, LocalDate submittedOn, Long renewalOf) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO young_adult_request (young_person_id, renewal_of_contract_id, status, created_at,
                                                         updated_at, submitted_on)
                        VALUES (:yp, :renewalOf, :status, :now, :now, :submitted)""")
                .param("yp", person.id())
                .param("renewalOf", renewalOf)
                .param("status", status)
                .param("now", now)
                .param("submitted", submittedOn)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM young_adult_request WHERE young_person_id = :yp")
                .param("yp", person.id())
                .query(Long.class)
                .single();
    }

    /** A granted request and its contract. */
    private long contract(Person person, LocalDate startsOn, LocalDate endsOn, Long renews) {
        long requestId = request(person, "GRANTED", startsOn.minusMonths(1), renews);
        jdbc.sql("""
                        INSERT INTO young_adult_contract (young_person_id, request_id, renews_contract_id, objectives,
                                                          starts_on, ends_on, next_review_on, recorded_by_name,
                                                          recorded_at)
                        VALUES (:yp, :request, :renews, 'Objectifs', :starts, :ends, :review, 'Référente', :now)""")
                .param("yp", person.id())
                .param("request", requestId)
                .param("renews", renews)
                .param("starts", startsOn)
                .param("ends", endsOn)
                .param("review", startsOn.plusMonths(3))
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM young_adult_contract WHERE request_id = :r")
                .param("r", requestId)
                .query(Long.class)
                .single();
    }

    // --- what was told ---

    private long told(Person person, NotificationKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND kind = :k")
                .param("a", person.accountId())
                .param("k", kind.name())
                .query(Long.class)
                .single();
    }

    /** Every notification about this young person, whoever it went to: only their own reminders are expected. */
    private long notificationsAbout(Person person) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE young_person_id = :yp")
                .param("yp", person.id())
                .query(Long.class)
                .single();
    }

    private long claims(Person person) {
        return jdbc.sql("SELECT COUNT(*) FROM autonomy_reminder WHERE young_person_id = :yp")
                .param("yp", person.id())
                .query(Long.class)
                .single();
    }

    private List<Long> claimedSubjects(Person person) {
        return jdbc.sql("SELECT subject_id FROM autonomy_reminder WHERE young_person_id = :yp AND subject_id <> 0")
                .param("yp", person.id())
                .query(Long.class)
                .list();
    }

    /** The mails received once every mail due has been handed to the server (they leave after the commit). */
    private MimeMessage[] received() {
        Deliveries.awaitSettled(jdbc);
        return mailServer.getReceivedMessages();
    }

    private long mailsTo(String email) {
        return Arrays.stream(received())
                .filter(message -> recipients(message).contains(email))
                .count();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertTheMailSaysNothingOf(Person person) throws Exception {
        for (MimeMessage message : received()) {
            if (recipients(message).contains(person.email())) {
                // The reminders go to the young person alone, who is told "tu".
                assertThat(message.getSubject()).isEqualTo("Du nouveau t’attend sur Repères");
                assertThat((String) message.getContent())
                        .contains("Quelque chose de nouveau t’attend")
                        .doesNotContain(
                                person.firstName(),
                                person.lastName(),
                                "autonomie",
                                "entretien",
                                "contrat",
                                "majeur",
                                "18 ans",
                                "16 ans");
            }
        }
    }
}
