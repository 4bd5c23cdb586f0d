package fr.reperes.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewMeasure;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.AutonomyFigures.MonthlyFigure;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.suppression.IndicatorCell;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The ODPE's figures against hand-built data. Each test builds its own small département (its own territories and
 * observatory account), so that the demo population changes neither its territories nor its totals.
 */
@IntegrationTest
class AutonomyIndicatorsTest {

    private static final AtomicInteger DEPARTEMENTS = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    @Autowired
    AutonomyIndicators indicators;

    @Autowired
    DossierImport dossier;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** A month well in the past, so that every cohort of it is complete. */
    private YearMonth month() {
        return YearMonth.now(clock).minusMonths(2);
    }

    @Test
    void theEntretienCountsWhenHeldOnTheDayOfSeventeenAndAHalfAndNotTheDayAfter() {
        TestDepartement dep = departement("Alpha", "Bravo", "Charlie");
        LocalDate halfOn = month().atDay(10);
        LocalDate birth = halfOn.minusMonths(6).minusYears(17);
        assertThat(AutonomyAges.seventeenAndAHalf(birth)).isEqualTo(halfOn);

        // Alpha: 12 reach 17 and a half on the 10th; 7 had their entretien by then.
        List<Long> alpha = dep.youngPeople(0, 12, birth);
        interview(alpha.get(0), halfOn, halfOn); // held on the day: counted
        interview(alpha.get(1), halfOn.plusDays(1), halfOn.plusDays(1)); // the day after: not counted
        for (int i = 2; i < 8; i++) {
            interview(alpha.get(i), halfOn.minusMonths(3), halfOn.minusMonths(3).plusDays(i));
        }
        interview(alpha.get(8), halfOn.minusDays(2), null); // scheduled, never held
        interview(alpha.get(9), halfOn.plusMonths(1), null);
        // One more reaches 17 and a half the next month: not in this month's cohort.
        interview(dep.youngPeople(0, 1, birth.plusMonths(1)).getFirst(), halfOn, halfOn);
        // Bravo: 6, none held (0 is withheld). Charlie: 5 of 10.
        dep.youngPeople(1, 6, birth);
        List<Long> charlie = dep.youngPeople(2, 10, birth.plusDays(5));
        for (int i = 0; i < 5; i++) {
            interview(charlie.get(i), halfOn, halfOn.minusDays(20));
        }

        MonthlyFigure figure = indicators
                .figures(dep.odpe(), month(), month())
                .figure(AutonomyIndicator.INTERVIEW_BEFORE_17_AND_HALF, month());

        IndicatorCell shown = figure.territory(dep.territory(0));
        assertThat(shown.count()).hasValue(7);
        assertThat(shown.cohort()).hasValue(12);
        assertThat(shown.share().getAsDouble()).isEqualTo(7.0 / 12);
        IndicatorCell none = figure.territory(dep.territory(1));
        assertThat(none.suppressed()).isTrue();
        assertThat(none.share()).isEmpty();
        assertThat(none.cohort()).hasValue(6);
        // 5 of 10 would be shown, but with the total it would give Bravo's 0 back: withheld too.
        IndicatorCell complementary = figure.territory(dep.territory(2));
        assertThat(complementary.count()).isEmpty();
        assertThat(complementary.share()).isEmpty();
        assertThat(complementary.cohort()).hasValue(10);
        assertThat(figure.departement().count()).hasValue(12);
        assertThat(figure.departement().cohort()).hasValue(28);
    }

    @Test
    void aRequestSubmittedTheDayBeforeEighteenCountsButNotOnTheBirthdayAndSortiesSechesAreTheOnesWithNothing() {
        TestDepartement dep = departement("Alpha", "Bravo");
        LocalDate eighteenOn = month().atDay(15);
        LocalDate birth = eighteenOn.minusYears(18);

        List<Long> alpha = dep.youngPeople(0, 20, birth);
        for (int i = 0; i < 8; i++) {
            request(alpha.get(i), "GRANTED", eighteenOn.minusDays(30), eighteenOn.minusDays(5), null);
        }
        request(alpha.get(8), "SUBMITTED", eighteenOn.minusDays(1), null, null); // the day before: counted
        request(alpha.get(9), "UNDER_REVIEW", eighteenOn, null, null); // on the birthday: neither
        request(alpha.get(10), "DRAFT", null, null, null); // a draft is no request
        request(alpha.get(11), "SUBMITTED", eighteenOn.plusDays(1), null, null); // too late: a sortie sèche
        // alpha 12 to 19: nothing at all.
        List<Long> bravo = dep.youngPeople(1, 10, birth.minusDays(3));
        for (int i = 0; i < 5; i++) {
            request(bravo.get(i), "REFUSED", eighteenOn.minusDays(60), eighteenOn.minusDays(20), null);
        }

        AutonomyFigures figures = indicators.figures(dep.odpe(), month(), month());
        MonthlyFigure before = figures.figure(AutonomyIndicator.REQUEST_BEFORE_18, month());
        MonthlyFigure nothing = figures.figure(AutonomyIndicator.LEFT_AT_18_WITH_NOTHING, month());

        assertThat(before.territory(dep.territory(0)).count()).hasValue(9);
        assertThat(before.territory(dep.territory(0)).cohort()).hasValue(20);
        assertThat(nothing.territory(dep.territory(0)).count()).hasValue(10);
        assertThat(before.territory(dep.territory(1)).count()).hasValue(5);
        assertThat(nothing.territory(dep.territory(1)).count()).hasValue(5);
        assertThat(before.departement().count()).hasValue(14);
        assertThat(before.departement().cohort()).hasValue(30);
        assertThat(nothing.departement().share().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void aContractStartingOnTheBirthdayIsNoSortieSecheEvenWithoutAKnownSubmission() {
        TestDepartement dep = departement("Alpha");
        LocalDate eighteenOn = month().atDay(20);
        List<Long> alpha = dep.youngPeople(0, 22, eighteenOn.minusYears(18));
        for (int i = 0; i < 10; i++) {
            // A decision imported from the case-management software, its submission date unknown.
            long request = request(alpha.get(i), "GRANTED", null, eighteenOn.minusDays(10), null);
            contract(alpha.get(i), request, null, eighteenOn);
        }
        for (int i = 10; i < 16; i++) {
            request(alpha.get(i), "IN_COMMISSION", eighteenOn.minusDays(40), null, null);
        }
        // alpha 16 to 21: nothing.
        AutonomyFigures figures = indicators.figures(dep.odpe(), month(), month());
        assertThat(figures.figure(AutonomyIndicator.REQUEST_BEFORE_18, month())
                        .departement()
                        .count())
                .hasValue(6);
        assertThat(figures.figure(AutonomyIndicator.LEFT_AT_18_WITH_NOTHING, month())
                        .departement()
                        .count())
                .hasValue(6);
    }

    @Test
    void decisionsCountByMonthOfDecisionAndRenewalsByMonthOfStart() {
        TestDepartement dep = departement("Alpha", "Bravo");
        YearMonth month = month();
        LocalDate birth = month.atDay(1).minusYears(19);

        List<Long> alpha = dep.youngPeople(0, 17, birth);
        for (int i = 0; i < 6; i++) {
            request(alpha.get(i), "GRANTED", month.atDay(1).minusMonths(1), month.atDay(5), null);
        }
        for (int i = 6; i < 11; i++) {
            request(alpha.get(i), "REFUSED", month.atDay(1).minusMonths(1), month.atDay(20), null);
        }
        request(alpha.get(11), "GRANTED", month.atDay(1), month.plusMonths(1).atDay(3), null); // next month
        renewal(alpha.get(12), month);
        renewal(alpha.get(13), month);
        renewal(alpha.get(14), month);
        renewal(alpha.get(15), month);
        renewal(alpha.get(16), month);
        List<Long> bravo = dep.youngPeople(1, 13, birth);
        for (int i = 0; i < 5; i++) {
            request(bravo.get(i), "GRANTED", month.atDay(2), month.atEndOfMonth(), null);
        }
        request(bravo.get(5), "REFUSED", month.atDay(2), month.atDay(28), null);
        request(bravo.get(6), "REFUSED", month.atDay(2), month.atDay(1), null);
        for (int i = 7; i < 13; i++) {
            renewal(bravo.get(i), month);
        }

        AutonomyFigures figures = indicators.figures(dep.odpe(), month, month);
        MonthlyFigure granted = figures.figure(AutonomyIndicator.REQUESTS_GRANTED, month);
        assertThat(granted.territory(dep.territory(0)).count()).hasValue(6);
        assertThat(granted.territory(dep.territory(1)).count()).hasValue(5);
        assertThat(granted.departement().count()).hasValue(11);
        assertThat(granted.departement().cohort()).isEmpty();
        MonthlyFigure refused = figures.figure(AutonomyIndicator.REQUESTS_REFUSED, month);
        // Bravo's 2 are withheld, and so Alpha's 5, or 7 - 5 would give them back.
        assertThat(refused.territory(dep.territory(1)).suppressed()).isTrue();
        assertThat(refused.territory(dep.territory(0)).suppressed()).isTrue();
        assertThat(refused.departement().count()).hasValue(7);
        MonthlyFigure renewed = figures.figure(AutonomyIndicator.CONTRACTS_RENEWED, month);
        assertThat(renewed.territory(dep.territory(0)).count()).hasValue(5);
        assertThat(renewed.territory(dep.territory(1)).count()).hasValue(6);
        assertThat(renewed.departement().count()).hasValue(11);
        // The renewals were decided the month before.
        AutonomyFigures before = indicators.figures(dep.odpe(), month.minusMonths(1), month.minusMonths(1));
        assertThat(before.figure(AutonomyIndicator.REQUESTS_GRANTED, month.minusMonths(1))
                        .departement()
                        .count())
                .hasValue(11);
    }

    @Test
    void everyMonthOfThePeriodHasEveryFigureForEveryTerritoryInAHandfulOfStatements() {
        Viewer odpe = viewer("odpe");
        YearMonth to = YearMonth.now(clock).minusMonths(2);
        YearMonth from = to.minusMonths(23);
        // Territories, what is already published, and the four counts of the months not yet published.
        long selects = SqlStatements.selectsDuring(jdbc, () -> indicators.figures(odpe, from, to));
        // Once published: territories and what is published.
        long again = SqlStatements.selectsDuring(jdbc, () -> indicators.figures(odpe, from, to));
        AutonomyFigures figures = indicators.figures(odpe, from, to);

        assertThat(selects).isLessThanOrEqualTo(6);
        assertThat(again).isLessThanOrEqualTo(2);
        assertThat(figures.territories()).hasSize(4);
        assertThat(figures.figures()).hasSize(24 * AutonomyIndicator.values().length);
        assertThat(figures.figures())
                .allSatisfy(f -> assertThat(f.byTerritory()).hasSize(4));
        assertThat(figures.countedOn()).isEqualTo(LocalDate.now(clock));
    }

    /**
     * Late records (entretiens held in a published month and recorded afterwards, decisions dated in it) do not
     * change what was published: comparing the two publications gives nothing away. Recounted, the month would
     * differ: that difference is what the freeze keeps from readers.
     */
    @Test
    void aPublishedMonthIsFrozenWhateverIsRecordedLate() {
        TestDepartement dep = departement("Alpha", "Bravo", "Charlie");
        YearMonth month = month();
        LocalDate halfOn = month.atDay(12);
        LocalDate birth = halfOn.minusMonths(6).minusYears(17);
        Random random = new Random(8); // the same late records on every run
        List<List<Long>> waiting = new ArrayList<>();
        for (int territory = 0; territory < 3; territory++) {
            List<Long> cohort = dep.youngPeople(territory, 12 + random.nextInt(6), birth);
            int held = 5 + random.nextInt(3);
            for (int i = 0; i < held; i++) {
                interview(cohort.get(i), halfOn.minusMonths(2), halfOn.minusDays(3));
            }
            waiting.add(cohort.subList(held, cohort.size()));
        }
        List<Long> decided = dep.youngPeople(0, 4, birth.minusYears(1));
        AutonomyFigures first = indicators.figures(dep.odpe(), month, month);

        for (List<Long> notYet : waiting) {
            for (long youngPerson : notYet.subList(0, 1 + random.nextInt(3))) {
                interview(youngPerson, halfOn.minusDays(1), halfOn.minusDays(1));
            }
        }
        for (long youngPerson : decided.subList(0, 1 + random.nextInt(4))) {
            request(youngPerson, "GRANTED", month.atDay(2), month.atDay(20), null);
        }
        AutonomyFigures second = indicators.figures(dep.odpe(), month, month);

        assertThat(second.figures()).isEqualTo(first.figures());
        assertThat(second.figures()).allSatisfy(f -> assertThat(f.publishedOn()).isEqualTo(LocalDate.now(clock)));
        jdbc.sql("DELETE c FROM observatory_published_cell c JOIN observatory_publication p ON p.id = c.publication_id"
                        + " WHERE p.departement_id = :dep")
                .param("dep", dep.id())
                .update();
        jdbc.sql("DELETE FROM observatory_publication WHERE departement_id = :dep")
                .param("dep", dep.id())
                .update();
        AutonomyFigures recounted = indicators.figures(dep.odpe(), month, month);
        assertThat(recounted
                        .figure(AutonomyIndicator.INTERVIEW_BEFORE_17_AND_HALF, month)
                        .departement()
                        .count())
                .isNotEqualTo(first.figure(AutonomyIndicator.INTERVIEW_BEFORE_17_AND_HALF, month)
                        .departement()
                        .count());
    }

    @Test
    void theAdministratorReadsTheFiguresToo() {
        assertThat(indicators.figures(viewer("admin"), month(), month()).figures())
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lina", "karim", "claire", "yanis"})
    void nobodyElseReadsThem(String subject) {
        assertThatThrownBy(() -> indicators.figures(viewer(subject), month(), month()))
                .isInstanceOfSatisfying(
                        AccessRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessReason.ROLE_NEVER_SEES_AGGREGATES));
    }

    @Test
    void anIdentityWithoutAnAccountReadsNothing() {
        assertThatThrownBy(() -> indicators.figures(Viewer.withoutAccount("nobody", "Nobody"), month(), month()))
                .isInstanceOfSatisfying(
                        AccessRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessReason.NO_ACCOUNT));
    }

    @Test
    void aPeriodRunsForwardOverFiveYearsAtMostOfMonthsOverForAMonth() {
        Viewer odpe = viewer("odpe");
        YearMonth now = YearMonth.now(clock);
        // Last month is over, but late records may still come in: it is published next month.
        YearMonth last = now.minusMonths(2);
        for (YearMonth[] wrong : List.of(
                new YearMonth[] {last, last.minusMonths(1)},
                new YearMonth[] {last.minusMonths(60), last},
                new YearMonth[] {null, last},
                new YearMonth[] {last, now.minusMonths(1)},
                new YearMonth[] {last, now},
                new YearMonth[] {now.plusMonths(1), now.plusMonths(2)})) {
            assertThatThrownBy(() -> indicators.figures(odpe, wrong[0], wrong[1]))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsEntry("period", "autonomy.indicators.error.range"));
        }
        assertThat(indicators.figures(odpe, last.minusMonths(59), last).figures())
                .hasSize(60 * AutonomyIndicator.values().length);
    }

    /** The statements count ages in SQL: the same days as AutonomyAges, 29 February and month ends included. */
    @Test
    void mariaDbComputesTheAgesAsJavaDoes() {
        List<String> differences = new ArrayList<>();
        jdbc.sql("""
                        WITH RECURSIVE days (birth_date) AS (
                            SELECT DATE '2003-01-01'
                            UNION ALL SELECT birth_date + INTERVAL 1 DAY FROM days WHERE birth_date < DATE '2012-12-31')
                        SELECT birth_date, %s AS half, %s AS adult FROM days""".formatted(AutonomyIndicators.SEVENTEEN_AND_A_HALF, AutonomyIndicators.EIGHTEEN))
                .query(rs -> {
                    LocalDate birth = rs.getObject("birth_date", LocalDate.class);
                    if (!rs.getObject("half", LocalDate.class).equals(AutonomyAges.seventeenAndAHalf(birth))
                            || !rs.getObject("adult", LocalDate.class).equals(birth.plusYears(18))) {
                        differences.add(birth.toString());
                    }
                });
        assertThat(differences).isEmpty();
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertThat(jdbc.sql("SELECT " + AutonomyIndicators.EIGHTEEN.replace("birth_date", ":b"))
                        .param("b", leap)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    // --- hand-built data -----------------------------------------------------------------------------------------

    private record TestDepartement(DossierImport dossier, long id, List<Long> territories, Viewer odpe) {

        long territory(int index) {
            return territories.get(index);
        }

        /** Young people with a measure, like everyone the portal follows (MeasureServiceTest counts them). */
        List<Long> youngPeople(int territory, int count, LocalDate birthDate) {
            List<Long> ids = dossier.youngPeople(
                    id,
                    Collections.nCopies(
                            count,
                            new NewYoungPerson(
                                    territories.get(territory), "Test", "Indicateurs", birthDate, null, false)));
            dossier.measures(ids.stream()
                    .map(yp -> NewMeasure.athome(
                            yp,
                            MeasureKind.AED,
                            Decider.PRESIDENT_DEPARTEMENT,
                            birthDate.plusYears(15),
                            birthDate.plusYears(18)))
                    .toList());
            return ids;
        }
    }

    private TestDepartement departement(String... territoryNames) {
        int n = DEPARTEMENTS.incrementAndGet();
        long dep = dossier.departement("IND" + n, "Département de test " + n);
        List<Long> territories = new ArrayList<>();
        for (String name : territoryNames) {
            territories.add(dossier.territory(dep, name));
        }
        long analyst = dossier.professional(dep, null, "Odile", "Test", "Chargée d'études ODPE", null, null);
        AccountSummary account =
                accounts.create(NewAccount.professional(dep, Role.OBSERVATOIRE, "Odile Test", analyst));
        accounts.linkIdentity(account.id(), "odpe-ind-" + n);
        return new TestDepartement(dossier, dep, territories, viewer("odpe-ind-" + n));
    }

    private void interview(long youngPersonId, LocalDate meetingOn, LocalDate heldOn) {
        long meeting = insert(jdbc.sql("""
                        INSERT INTO meeting (young_person_id, kind, starts_at, place, created_by_account_id)
                        VALUES (:yp, 'INTERVIEW', :at, 'Service ASE', 0)""").param("yp", youngPersonId).param("at", meetingOn.atTime(10, 0)));
        jdbc.sql("""
                        INSERT INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id,
                                                        scheduled_by_name, scheduled_at, held_on)
                        VALUES (:yp, :meeting, 0, 'Claire Test', :at, :held)""")
                .param("yp", youngPersonId)
                .param("meeting", meeting)
                .param("at", Timestamp.valueOf(meetingOn.minusMonths(1).atStartOfDay()))
                .param("held", heldOn)
                .update();
    }

    private long request(
            long youngPersonId, String status, LocalDate submittedOn, LocalDate decidedOn, Long renewalOf) {
        return insert(jdbc.sql("""
                        INSERT INTO young_adult_request (young_person_id, renewal_of_contract_id, status, created_at,
                                                         updated_at, submitted_on, decided_on)
                        VALUES (:yp, :renewal, :status, :now, :now, :submitted, :decided)""")
                .param("yp", youngPersonId)
                .param("renewal", renewalOf)
                .param("status", status)
                .param("now", Timestamp.from(clock.instant()))
                .param("submitted", submittedOn)
                .param("decided", decidedOn));
    }

    private long contract(long youngPersonId, long requestId, Long renews, LocalDate startsOn) {
        return insert(jdbc.sql("""
                        INSERT INTO young_adult_contract (young_person_id, request_id, renews_contract_id, objectives,
                                                          starts_on, ends_on, next_review_on, recorded_by_name,
                                                          recorded_at)
                        VALUES (:yp, :request, :renews, 'Objectifs', :starts, :ends, :review, 'Claire Test', :now)""")
                .param("yp", youngPersonId)
                .param("request", requestId)
                .param("renews", renews)
                .param("starts", startsOn)
                .param("ends", startsOn.plusMonths(12).minusDays(1))
                .param("review", startsOn.plusMonths(6))
                .param("now", Timestamp.from(clock.instant())));
    }

    /** A first contract of a year, then its renewal granted the month before {@code month} and starting in it. */
    private void renewal(long youngPersonId, YearMonth month) {
        LocalDate renewedOn = month.atDay(1);
        long first = request(youngPersonId, "GRANTED", renewedOn.minusMonths(13), renewedOn.minusMonths(12), null);
        long firstContract = contract(youngPersonId, first, null, renewedOn.minusMonths(12));
        long again =
                request(youngPersonId, "GRANTED", renewedOn.minusMonths(2), renewedOn.minusDays(10), firstContract);
        contract(youngPersonId, again, firstContract, renewedOn);
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }
}
