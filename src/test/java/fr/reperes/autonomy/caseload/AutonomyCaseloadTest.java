package fr.reperes.autonomy.caseload;

import static fr.reperes.autonomy.caseload.PathwayAlert.CONTRACT_ENDING_NO_RENEWAL;
import static fr.reperes.autonomy.caseload.PathwayAlert.TURNING_18_NO_INTERVIEW;
import static fr.reperes.autonomy.caseload.PathwayAlert.TURNING_18_NO_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.PathwayFixtures;
import fr.reperes.autonomy.PathwayFixtures.Referent;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The référent's pathway list on the embedded database. Each test follows its own young people with its own
 * référent, so the demo's personas and the other tests' rows stay out of its list.
 */
@IntegrationTest
class AutonomyCaseloadTest {

    /** A month end: six months later is 28 February, two months later 31 October. */
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 31);

    @Autowired
    ApplicationContext context;

    @Autowired
    AutonomyCaseload caseload;

    @Autowired
    AuditJournal journal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private PathwayFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(context);
    }

    private Referent newReferent() {
        return fixtures.newReferent();
    }

    @Test
    void turning18IsAnAlertFromTomorrowToExactlySixMonthsAhead() {
        Referent referent = newReferent();
        long tomorrow = referent.follow("Demain", eighteenOn(TODAY.plusDays(1)));
        long sixMonths = referent.follow("SixMois", eighteenOn(TODAY.plusMonths(6)));
        long sixMonthsAndADay =
                referent.follow("SixMoisUnJour", eighteenOn(TODAY.plusMonths(6).plusDays(1)));
        long today = referent.follow("Aujourdhui", eighteenOn(TODAY));

        Map<Long, PathwayRow> rows = rows(referent.viewer(), TODAY);
        assertThat(TODAY.plusMonths(6)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rows.get(tomorrow).alerts())
                .containsExactlyInAnyOrder(TURNING_18_NO_INTERVIEW, TURNING_18_NO_REQUEST);
        assertThat(rows.get(sixMonths).alerts())
                .containsExactlyInAnyOrder(TURNING_18_NO_INTERVIEW, TURNING_18_NO_REQUEST);
        assertThat(rows.get(sixMonths).eighteenthBirthday()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rows.get(sixMonthsAndADay).alerts()).isEmpty();
        assertThat(rows.get(today).alerts()).isEmpty();
        assertThat(rows.get(today).age()).isEqualTo(18);
    }

    @Test
    void aHeldInterviewOrASubmittedRequestEachCancelTheirOwnAlert() {
        Referent referent = newReferent();
        LocalDate birth = eighteenOn(TODAY.plusMonths(3));
        long held = referent.follow("Tenu", birth);
        long scheduled = referent.follow("Prevu", birth);
        long submitted = referent.follow("Depose", birth);
        long draft = referent.follow("Brouillon", birth);
        fixtures.interview(held, referent, TODAY.minusDays(20).atTime(14, 0), TODAY.minusDays(20));
        fixtures.interview(scheduled, referent, TODAY.plusDays(10).atTime(9, 30), null);
        fixtures.request(submitted, null, RequestStatus.SUBMITTED, TODAY.minusDays(3), null);
        fixtures.request(draft, null, RequestStatus.DRAFT, null, null);

        Map<Long, PathwayRow> rows = rows(referent.viewer(), TODAY);
        assertThat(rows.get(held).alerts()).containsExactly(TURNING_18_NO_REQUEST);
        assertThat(rows.get(held).interviewHeldOn()).isEqualTo(TODAY.minusDays(20));
        assertThat(rows.get(scheduled).alerts())
                .containsExactlyInAnyOrder(TURNING_18_NO_INTERVIEW, TURNING_18_NO_REQUEST);
        assertThat(rows.get(scheduled).interviewAt())
                .isEqualTo(TODAY.plusDays(10).atTime(9, 30));
        assertThat(rows.get(scheduled).interviewHeldOn()).isNull();
        assertThat(rows.get(submitted).alerts()).containsExactly(TURNING_18_NO_INTERVIEW);
        assertThat(rows.get(submitted).requestStatus()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(rows.get(submitted).requestSubmittedOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(rows.get(draft).alerts()).containsExactlyInAnyOrder(TURNING_18_NO_INTERVIEW, TURNING_18_NO_REQUEST);
        assertThat(rows.get(draft).requestStatus()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void aContractEndingWithinTwoMonthsIsAnAlertUntilItsRenewalIsSubmitted() {
        Referent referent = newReferent();
        LocalDate nineteen = TODAY.minusYears(19).minusMonths(4);
        long twoMonths = referent.follow("DeuxMois", nineteen);
        long twoMonthsAndADay = referent.follow("DeuxMoisUnJour", nineteen);
        long endsToday = referent.follow("FinitAujourdhui", nineteen);
        long endedYesterday = referent.follow("FiniHier", nineteen);
        long renewalSubmitted = referent.follow("Renouvele", nineteen);
        long renewalDraft = referent.follow("RenouvellementBrouillon", nineteen);
        long lastPossibleDay =
                referent.follow("Veille21", TODAY.plusMonths(1).minusYears(21).plusDays(1));

        fixtures.contract(twoMonths, TODAY.plusMonths(2));
        fixtures.contract(twoMonthsAndADay, TODAY.plusMonths(2).plusDays(1));
        fixtures.contract(endsToday, TODAY);
        fixtures.contract(endedYesterday, TODAY.minusDays(1));
        long renewed = fixtures.contract(renewalSubmitted, TODAY.plusMonths(1));
        fixtures.request(renewalSubmitted, renewed, RequestStatus.SUBMITTED, TODAY.minusDays(5), null);
        long drafted = fixtures.contract(renewalDraft, TODAY.plusMonths(1));
        fixtures.request(renewalDraft, drafted, RequestStatus.DRAFT, null, null);
        // The contract runs to the day before the 21st birthday: there is nothing left to renew.
        fixtures.contract(lastPossibleDay, TODAY.plusMonths(1));

        Map<Long, PathwayRow> rows = rows(referent.viewer(), TODAY);
        assertThat(TODAY.plusMonths(2)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(rows.get(twoMonths).alerts()).containsExactly(CONTRACT_ENDING_NO_RENEWAL);
        assertThat(rows.get(twoMonths).contractEndsOn()).isEqualTo(TODAY.plusMonths(2));
        assertThat(rows.get(twoMonthsAndADay).alerts()).isEmpty();
        assertThat(rows.get(endsToday).alerts()).containsExactly(CONTRACT_ENDING_NO_RENEWAL);
        assertThat(rows.get(endedYesterday).alerts()).isEmpty();
        assertThat(rows.get(renewalSubmitted).alerts()).isEmpty();
        assertThat(rows.get(renewalSubmitted).requestStatus()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(rows.get(renewalSubmitted).decision()).isEqualTo(RequestStatus.GRANTED);
        assertThat(rows.get(renewalDraft).alerts()).containsExactly(CONTRACT_ENDING_NO_RENEWAL);
        assertThat(rows.get(lastPossibleDay).alerts()).isEmpty();
    }

    @Test
    void theListRunsFromThe16thBirthdayToTheDayBeforeThe21st() {
        Referent referent = newReferent();
        long sixteenToday = referent.follow("SeizeAujourdhui", TODAY.minusYears(16));
        long sixteenTomorrow = referent.follow("SeizeDemain", TODAY.plusDays(1).minusYears(16));
        long twentyOneTomorrow =
                referent.follow("VingtEtUnDemain", TODAY.plusDays(1).minusYears(21));
        long twentyOneToday = referent.follow("VingtEtUnAujourdhui", TODAY.minusYears(21));

        assertThat(rows(referent.viewer(), TODAY).keySet())
                .containsExactlyInAnyOrder(sixteenToday, twentyOneTomorrow)
                .doesNotContain(sixteenTomorrow, twentyOneToday);
        assertThat(caseload.count(referent.viewer(), PathwayFilter.all(), TODAY))
                .isEqualTo(2);
    }

    @Test
    void eachRowSaysWhereTheYoungPersonStands() {
        Referent referent = newReferent();
        long id = referent.follow("Complet", TODAY.minusYears(18).minusMonths(2));
        jdbc.sql("INSERT INTO autonomy_assessment (young_person_id, domain, level, updated_at) "
                        + "VALUES (:yp, 'MONEY', 'LEARNING', :now), (:yp, 'HOUSING', 'NEED_HELP', :now), "
                        + "(:yp, 'PAPERS', 'CAN_DO', :now)")
                .param("yp", id)
                .param("now", Timestamp.valueOf(TODAY.atStartOfDay()))
                .update();
        fixtures.interview(id, referent, TODAY.minusMonths(9).atTime(10, 0), TODAY.minusMonths(9));
        fixtures.project(id, referent, TODAY.minusMonths(8).atTime(11, 0));
        fixtures.project(id, referent, TODAY.minusMonths(7).atTime(11, 0));
        long first = fixtures.request(id, null, RequestStatus.GRANTED, TODAY.minusMonths(5), TODAY.minusMonths(3));
        long contract = fixtures.contract(id, first, TODAY.plusMonths(6));
        fixtures.request(id, contract, RequestStatus.UNDER_REVIEW, TODAY.minusDays(2), null);

        PathwayRow row = rows(referent.viewer(), TODAY).get(id);
        assertThat(row.gridDomains()).isEqualTo(3);
        assertThat(row.interviewHeldOn()).isEqualTo(TODAY.minusMonths(9));
        assertThat(row.projectRecordedOn()).isEqualTo(TODAY.minusMonths(7));
        assertThat(row.requestStatus()).isEqualTo(RequestStatus.UNDER_REVIEW);
        assertThat(row.requestSubmittedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(row.decision()).isEqualTo(RequestStatus.GRANTED);
        assertThat(row.decidedOn()).isEqualTo(TODAY.minusMonths(3));
        assertThat(row.contractEndsOn()).isEqualTo(TODAY.plusMonths(6));
        assertThat(row.age()).isEqualTo(18);
        assertThat(row.alerts()).isEmpty();
    }

    @Test
    void atRiskOnlyAndTheNameSearchFilterAndCountInTheDatabase() {
        Referent referent = newReferent();
        long risky = referent.follow("Alerte", eighteenOn(TODAY.plusMonths(2)));
        long calm = referent.follow("Calme", TODAY.minusYears(17));
        Viewer viewer = referent.viewer();

        assertThat(caseload.page(viewer, PathwayFilter.atRisk(), PageRequest.of(0, 10), TODAY))
                .extracting(PathwayRow::id)
                .containsExactly(risky);
        assertThat(caseload.count(viewer, PathwayFilter.atRisk(), TODAY)).isEqualTo(1);
        assertThat(caseload.count(viewer, PathwayFilter.all(), TODAY)).isEqualTo(2);
        assertThat(caseload.page(viewer, new PathwayFilter(false, "cALm"), PageRequest.of(0, 10), TODAY))
                .extracting(PathwayRow::id)
                .containsExactly(calm);
        assertThat(caseload.count(viewer, new PathwayFilter(true, "calme"), TODAY))
                .isZero();
        assertThat(caseload.count(viewer, new PathwayFilter(false, "%"), TODAY)).isZero();
    }

    @Test
    void sortingIsDoneInTheDatabaseSoThatPagesFollowEachOther() {
        Referent referent = newReferent();
        long oldest = referent.follow("Bernard", TODAY.minusYears(20).minusMonths(2));
        long youngest = referent.follow("Adam", TODAY.minusYears(16).minusDays(3));
        long middle = referent.follow("Dupont", TODAY.minusYears(17).minusMonths(5));
        long withContract = referent.follow("Caron", TODAY.minusYears(19));
        long laterContract = referent.follow("Evrard", TODAY.minusYears(19).minusMonths(1));
        fixtures.contract(withContract, TODAY.plusMonths(5));
        fixtures.contract(laterContract, TODAY.plusMonths(9));
        fixtures.request(middle, null, RequestStatus.DRAFT, null, null);
        fixtures.request(oldest, null, RequestStatus.IN_COMMISSION, TODAY.minusMonths(1), null);
        Viewer viewer = referent.viewer();

        assertThat(sorted(viewer, Sort.unsorted()))
                .containsExactly(youngest, oldest, withContract, middle, laterContract);
        assertThat(sorted(viewer, Sort.by(Sort.Direction.DESC, "name")))
                .containsExactly(laterContract, middle, withContract, oldest, youngest);
        assertThat(sorted(viewer, Sort.by("age")))
                .containsExactly(youngest, middle, withContract, laterContract, oldest);
        assertThat(sorted(viewer, Sort.by(Sort.Direction.DESC, "eighteenth")))
                .containsExactly(youngest, middle, withContract, laterContract, oldest);
        assertThat(sorted(viewer, Sort.by("contractEnd"))).startsWith(withContract, laterContract);
        assertThat(sorted(viewer, Sort.by(Sort.Direction.DESC, "contractEnd"))).startsWith(laterContract, withContract);
        assertThat(sorted(viewer, Sort.by("requestStatus"))).startsWith(middle, oldest);

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            caseload.page(viewer, PathwayFilter.all(), PageRequest.of(page, 2, Sort.by("age")), TODAY)
                    .forEach(row -> paged.add(row.id()));
        }
        assertThat(paged).containsExactly(youngest, middle, withContract, laterContract, oldest);

        assertThatThrownBy(() -> sorted(viewer, Sort.by("birth_date; DROP TABLE audit_entry")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReferentSeesOnlyTheYoungPeopleTheyFollow() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        Viewer thomas = TestSignIn.viewer(context, "thomas");
        List<Long> claires = caseload.page(claire, PathwayFilter.all(), PageRequest.of(0, 500)).stream()
                .map(PathwayRow::id)
                .toList();
        List<Long> thomass = caseload.page(thomas, PathwayFilter.all(), PageRequest.of(0, 500)).stream()
                .map(PathwayRow::id)
                .toList();
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        long amina = TestSignIn.viewer(context, "amina").youngPersonId();
        assertThat(claires).contains(lina).doesNotContain(amina).doesNotContainAnyElementsOf(thomass);
        assertThat(thomass).contains(amina).doesNotContain(lina);
    }

    @Test
    void youngPeopleParentsAndStaffWithoutFilesAreRefused() {
        for (String subject : new String[] {"lina", "karim", "amina", "yanis", "odpe", "admin"}) {
            Viewer viewer = TestSignIn.viewer(context, subject);
            assertThatThrownBy(() -> caseload.page(viewer, PathwayFilter.all(), PageRequest.of(0, 10)))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> caseload.count(viewer, PathwayFilter.all()))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void everyListedYoungPersonIsJournaledAndOnlyThem() {
        Referent referent = newReferent();
        LocalDate today = LocalDate.now(clock);
        long listed = referent.follow("Liste", today.minusYears(17));
        long tooYoung = referent.follow("TropJeune", today.minusYears(12));
        Viewer viewer = referent.viewer();

        assertThat(caseload.page(viewer, PathwayFilter.all(), PageRequest.of(0, 10)))
                .extracting(PathwayRow::id)
                .containsExactly(listed);
        assertThat(journal.count(listed, viewer.accountId(), InformationKind.AUTONOMY))
                .isEqualTo(1);
        assertThat(journal.count(tooYoung, viewer.accountId(), InformationKind.AUTONOMY))
                .isZero();
        caseload.count(viewer, PathwayFilter.all());
        assertThat(journal.count(listed, viewer.accountId(), InformationKind.AUTONOMY))
                .isEqualTo(1);
    }

    @Test
    void aPageOfAHundredCostsTheSameStatementsAsAPageOfTen() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long ten = SqlStatements.selectsDuring(
                jdbc, () -> caseload.page(claire, PathwayFilter.all(), PageRequest.of(0, 10, Sort.by("contractEnd"))));
        long hundred = SqlStatements.selectsDuring(
                jdbc, () -> caseload.page(claire, PathwayFilter.all(), PageRequest.of(0, 100, Sort.by("contractEnd"))));
        assertThat(hundred).isEqualTo(ten).isEqualTo(1);
    }

    /** The birth date of someone who turns 18 on that day. */
    private static LocalDate eighteenOn(LocalDate day) {
        return day.minusYears(18);
    }

    private Map<Long, PathwayRow> rows(Viewer viewer, LocalDate today) {
        return caseload.page(viewer, PathwayFilter.all(), PageRequest.of(0, 100), today).stream()
                .collect(Collectors.toMap(PathwayRow::id, Function.identity()));
    }

    private List<Long> sorted(Viewer viewer, Sort sort) {
        return caseload.page(viewer, PathwayFilter.all(), PageRequest.of(0, 100, sort), TODAY).stream()
                .map(PathwayRow::id)
                .toList();
    }
}
