package fr.reperes.observatory.counting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.MonthlyCount;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The observatory's raw monthly counts against hand-built populations, each in a département of its own (its own
 * territories, people, measures...), so that neither the demo personas nor other tests change them.
 */
@IntegrationTest
class FrozenMonthsTest {

    private static final AtomicInteger DEPARTEMENTS = new AtomicInteger();

    @Autowired
    FrozenMonths frozen;

    @Autowired
    MonthlyCounting counting;

    @Autowired
    DossierImport dossier;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    /** The last month that may be counted: every cohort of it is complete. */
    private YearMonth month() {
        return YearMonth.now(clock).minusMonths(2);
    }

    /**
     * One person as the test expects them counted for one indicator: their categories on the day the indicator looks
     * at, in the numerator or not, in the cohort or not (a plain count has no cohort).
     */
    private record Expected(long territory, String ageBand, String measure, String place, int counted, int cohort) {}

    @Test
    void everyIndicatorCountsDistinctPeopleOfItsHandBuiltPopulationInTheRightCategoryOfEveryDimension() {
        Dep dep = departement("Alpha", "Bravo");
        long a = dep.territories.get(0);
        long b = dep.territories.get(1);
        YearMonth m = month();
        LocalDate end = m.atEndOfMonth();
        // lina-like: 16, placed in a MECS by the judge, with an AEMO too; PPE published 3 months before the month's
        // end.
        long p1 = dep.person(a, m.atDay(1).minusYears(16));
        measure(p1, "PLACEMENT_JUDICIAIRE", end.minusYears(1), null, "MECS");
        measure(p1, "AEMO", end.minusYears(2), null, null);
        ppe(p1, end.minusMonths(3));
        // 8, AEMO at home, no PPE; an AED starting on the 5th (the livret acknowledged 10 days later).
        long p2 = dep.person(b, m.atDay(1).minusYears(8));
        measure(p2, "AEMO", end.minusYears(1), null, null);
        long aed = measure(p2, "AED", m.atDay(5), null, null);
        livret(dep, aed, p2, m.atDay(15).atTime(9, 0));
        // 1, accueil provisoire in a famille d'accueil; PPE 8 months old (under 2: due every 6 months).
        long p3 = dep.person(a, m.atDay(1).minusYears(1));
        measure(p3, "ACCUEIL_PROVISOIRE", end.minusMonths(10), null, "FAMILLE_ACCUEIL");
        ppe(p3, end.minusMonths(8));
        // 12, an investigation only, from the 2nd: no PPE due; its livret never acknowledged.
        long p4 = dep.person(b, m.atDay(1).minusYears(12));
        measure(p4, "MJIE", m.atDay(2), null, null);
        // 19, a measure ended before the month's end, a request granted in the month.
        long p5 = dep.person(a, m.atDay(1).minusYears(19));
        measure(p5, "ACCOMPAGNEMENT_JEUNE_MAJEUR", end.minusYears(1), m.atDay(10), null);
        request(p5, "GRANTED", m.atDay(1).minusMonths(2), m.atDay(10));
        // Turns 18 on the 15th with nothing asked: a sortie sèche.
        long p6 = dep.person(b, m.atDay(15).minusYears(18));
        // 17 and a half on the 10th, entretien held on the 9th.
        long p7 = dep.person(a, m.atDay(10).minusMonths(6).minusYears(17));
        interview(p7, m.atDay(9));

        // Reactions: Lina's two "j'ai lu" (hers and her father's) count her once.
        reaction(p1, "READ", "JEUNE", m.atDay(3).atTime(10, 0), null);
        reaction(p1, "READ", "PARENT", m.atDay(4).atTime(10, 0), null);
        reaction(p2, "DISAGREE", "PARENT", m.atDay(3).atTime(10, 0), m.atDay(5).atTime(10, 0));
        reaction(p2, "WANT_TO_TALK", "PARENT", m.atDay(20).atTime(10, 0), null);
        reaction(
                p3,
                "WANT_TO_TALK",
                "PARENT",
                m.atDay(6).atTime(10, 0),
                m.atDay(13).atTime(9, 0));
        reaction(p4, "READ", "PARENT", m.atDay(1).minusMonths(1).atTime(10, 0), null); // the month before
        // Synthèses: notes in 5 days (in time), in 10 days (late).
        synthesis(p1, m.atDay(10).atTime(14, 0), m.atDay(15).atTime(9, 0));
        synthesis(p2, m.atDay(12).atTime(14, 0), m.atDay(22).atTime(9, 0));
        // The conseil des jeunes: Lina proposes, the council adopts, the département answers, all in the month.
        long proposal = proposal(dep, p1, m.atDay(2).atTime(10, 0), m.atDay(12).atTime(10, 0));
        answer(dep, proposal, m.atDay(20));
        // A survey for 8-11 and 16-21, closing on the 20th: asks p1 (16), p2 (8), p5 (19), p6 (18), p7 (17); p1
        // answered.
        survey(dep, m.atDay(20), List.of("CHILD_8_11", "YOUNG_16_21"), List.of(p1));

        String none = MonthlyCounting.NO_MEASURE;
        String notPlaced = MonthlyCounting.NOT_PLACED;
        Expected lina = new Expected(a, "16-17", "PLACEMENT_JUDICIAIRE", "MECS", 1, 1);
        Map<Indicator, List<Expected>> expected = new HashMap<>();
        expected.put(
                Indicator.PPE_COVERAGE,
                List.of(
                        lina,
                        new Expected(b, "6-10", "AEMO", notPlaced, 0, 1),
                        new Expected(a, "0-5", "ACCUEIL_PROVISOIRE", "FAMILLE_ACCUEIL", 1, 1)));
        expected.put(
                Indicator.PPE_UP_TO_DATE,
                List.of(lina, new Expected(a, "0-5", "ACCUEIL_PROVISOIRE", "FAMILLE_ACCUEIL", 0, 1)));
        expected.put(
                Indicator.SYNTHESIS_NOTES_IN_TIME, List.of(lina, new Expected(b, "6-10", "AEMO", notPlaced, 0, 1)));
        Expected linaCount = new Expected(a, "16-17", "PLACEMENT_JUDICIAIRE", "MECS", 1, 0);
        expected.put(Indicator.REACTIONS_READ, List.of(linaCount));
        expected.put(Indicator.REACTIONS_DISAGREE, List.of(new Expected(b, "6-10", "AEMO", notPlaced, 1, 0)));
        expected.put(
                Indicator.REACTIONS_WANT_TO_TALK,
                List.of(
                        new Expected(b, "6-10", "AEMO", notPlaced, 1, 0),
                        new Expected(a, "0-5", "ACCUEIL_PROVISOIRE", "FAMILLE_ACCUEIL", 1, 0)));
        // Lina's brother-like p2: one of his two reactions unanswered; p3's answered in 7 days less an hour.
        expected.put(
                Indicator.REACTIONS_ANSWERED_IN_A_WEEK,
                List.of(
                        new Expected(b, "6-10", "AEMO", notPlaced, 0, 1),
                        new Expected(a, "0-5", "ACCUEIL_PROVISOIRE", "FAMILLE_ACCUEIL", 1, 1)));
        expected.put(Indicator.INTERVIEW_BEFORE_17_AND_HALF, List.of(new Expected(a, "16-17", none, notPlaced, 1, 1)));
        expected.put(Indicator.REQUEST_BEFORE_18, List.of(new Expected(b, "18-21", none, notPlaced, 0, 1)));
        expected.put(Indicator.LEFT_AT_18_WITH_NOTHING, List.of(new Expected(b, "18-21", none, notPlaced, 1, 1)));
        // Decided on the 10th, the last day of the measure: still in force that day.
        expected.put(
                Indicator.REQUESTS_GRANTED,
                List.of(new Expected(a, "18-21", "ACCOMPAGNEMENT_JEUNE_MAJEUR", notPlaced, 1, 0)));
        expected.put(Indicator.REQUESTS_REFUSED, List.of());
        expected.put(Indicator.CONTRACTS_RENEWED, List.of());
        // On the 20th the AJM is over.
        expected.put(
                Indicator.SURVEY_PARTICIPATION,
                List.of(
                        new Expected(a, "16-17", "PLACEMENT_JUDICIAIRE", "MECS", 1, 1),
                        new Expected(b, "6-10", "AEMO", notPlaced, 0, 1),
                        new Expected(a, "18-21", none, notPlaced, 0, 1),
                        new Expected(b, "18-21", none, notPlaced, 0, 1),
                        new Expected(a, "16-17", none, notPlaced, 0, 1)));
        expected.put(Indicator.PROPOSALS_MADE, List.of(linaCount));
        expected.put(Indicator.PROPOSALS_ADOPTED, List.of(linaCount));
        expected.put(Indicator.PROPOSALS_ANSWERED, List.of(linaCount));
        expected.put(
                Indicator.LIVRET_ACKNOWLEDGED_IN_A_MONTH,
                List.of(
                        new Expected(b, "6-10", "AEMO", notPlaced, 1, 1),
                        new Expected(b, "11-15", "MJIE", notPlaced, 0, 1)));
        assertThat(expected).containsOnlyKeys(Indicator.values());

        for (Indicator indicator : Indicator.values()) {
            for (Dimension dimension : Dimension.values()) {
                Map<String, List<Integer>> want = new TreeMap<>();
                for (Expected person : expected.get(indicator)) {
                    String category = switch (dimension) {
                        case TERRITORY -> Long.toString(person.territory());
                        case AGE_BAND -> person.ageBand();
                        case MEASURE_KIND -> person.measure();
                        case PLACE_KIND -> person.place();
                    };
                    want.merge(
                            person.territory() + "|" + category,
                            List.of(person.counted(), person.cohort()),
                            (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1)));
                }
                Map<String, List<Integer>> got = new TreeMap<>();
                for (MonthlyCount count : frozen.of(dep.id, indicator, dimension, Year.of(m.getYear()))) {
                    if (count.month().equals(m) && (count.count() != 0 || count.cohort() != 0)) {
                        got.put(count.territoryId() + "|" + count.category(), List.of(count.count(), count.cohort()));
                    }
                }
                assertThat(got).as(indicator + " by " + dimension).isEqualTo(want);
            }
        }
    }

    @Test
    void everyDimensionPartitionsThePeopleCountedAndEveryCategoryIsListed() {
        Dep dep = departement("Alpha", "Bravo", "Charlie");
        population(dep, 80, new Random(14));
        Year year = Year.of(month().getYear());
        int everyone = 0;
        for (Indicator indicator : Indicator.values()) {
            Map<String, int[]> byTerritory = new HashMap<>();
            for (MonthlyCount count : frozen.of(dep.id, indicator, Dimension.TERRITORY, year)) {
                assertThat(count.category()).isEqualTo(Long.toString(count.territoryId()));
                byTerritory.put(count.month() + "|" + count.territoryId(), new int[] {count.count(), count.cohort()});
            }
            everyone += byTerritory.values().stream().mapToInt(v -> v[1] + v[0]).sum();
            for (Dimension dimension : Dimension.values()) {
                List<String> categories = frozen.categories(dep.id, dimension);
                Map<String, int[]> sums = new HashMap<>();
                for (MonthlyCount count : frozen.of(dep.id, indicator, dimension, year)) {
                    assertThat(categories).contains(count.category());
                    int[] sum = sums.computeIfAbsent(count.month() + "|" + count.territoryId(), k -> new int[2]);
                    sum[0] += count.count();
                    sum[1] += count.cohort();
                }
                assertThat(sums.keySet()).isEqualTo(byTerritory.keySet());
                sums.forEach((key, sum) -> assertThat(sum)
                        .as(indicator + " by " + dimension + " " + key)
                        .containsExactly(byTerritory.get(key)));
            }
        }
        assertThat(everyone).as("the random population feeds the indicators").isGreaterThan(100);
        // Every value the dossier may hold has its category.
        assertThat(frozen.categories(dep.id, Dimension.MEASURE_KIND))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(Arrays.stream(MeasureKind.values()).map(Enum::name), Stream.of("NONE"))
                                .toList());
        assertThat(frozen.categories(dep.id, Dimension.PLACE_KIND))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(Arrays.stream(PlacementKind.values()).map(Enum::name), Stream.of("NOT_PLACED"))
                                .toList());
        assertThat(frozen.categories(dep.id, Dimension.TERRITORY))
                .containsExactlyElementsOf(
                        dep.territories.stream().map(String::valueOf).toList());
        assertThat(frozen.categories(dep.id, Dimension.AGE_BAND)).isEqualTo(Dimension.AGE_BANDS);
    }

    @Test
    void theMaintainedCountsEqualAFreshRecountAndFrozenMonthsNeverChangeAfterLaterRecords() {
        Dep dep = departement("Alpha", "Bravo");
        population(dep, 60, new Random(7));
        Year year = Year.of(month().getYear());
        Map<String, List<MonthlyCount>> first = everything(dep);

        // The proof: the stored counts are what counting the same data again gives.
        TreeSet<YearMonth> months = new TreeSet<>();
        for (YearMonth m = year.atMonth(1); !m.isAfter(month()); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<String, Integer> recount = new TreeMap<>();
        counting.count(dep.id, months).forEach((cell, value) -> {
            if (value[0] != 0) {
                recount.put(
                        cell.indicator() + "|" + cell.dimension() + "|" + cell.month() + "|" + cell.territoryId() + "|"
                                + cell.category() + "|count",
                        value[0]);
            }
            if (value[1] != 0) {
                recount.put(
                        cell.indicator() + "|" + cell.dimension() + "|" + cell.month() + "|" + cell.territoryId() + "|"
                                + cell.category() + "|cohort",
                        value[1]);
            }
        });
        Map<String, Integer> stored = new TreeMap<>();
        first.values().stream().flatMap(List::stream).forEach(count -> {
            String key = count.indicator() + "|" + count.dimension() + "|" + count.month() + "|" + count.territoryId()
                    + "|" + count.category();
            if (count.count() != 0) {
                stored.put(key + "|count", count.count());
            }
            if (count.cohort() != 0) {
                stored.put(key + "|cohort", count.cohort());
            }
        });
        assertThat(stored).isNotEmpty().isEqualTo(recount);

        // Later records about the frozen months change nothing.
        population(dep, 30, new Random(8));
        assertThat(everything(dep)).isEqualTo(first);
    }

    @Test
    void theStatementsOfACallDoNotGrowWithThePopulation() {
        Dep small = departement("Alpha");
        population(small, 5, new Random(1));
        Dep large = departement("Alpha", "Bravo");
        population(large, 120, new Random(2));
        Year year = Year.of(month().getYear());

        long freezingSmall = SqlStatements.selectsDuring(
                jdbc, () -> frozen.of(small.id, Indicator.PPE_COVERAGE, Dimension.AGE_BAND, year));
        long freezingLarge = SqlStatements.selectsDuring(
                jdbc, () -> frozen.of(large.id, Indicator.PPE_COVERAGE, Dimension.AGE_BAND, year));
        assertThat(freezingLarge).isEqualTo(freezingSmall);
        long readingSmall = SqlStatements.fewestSelectsDuring(
                jdbc, () -> frozen.of(small.id, Indicator.SURVEY_PARTICIPATION, Dimension.MEASURE_KIND, year));
        long readingLarge = SqlStatements.fewestSelectsDuring(
                jdbc, () -> frozen.of(large.id, Indicator.SURVEY_PARTICIPATION, Dimension.MEASURE_KIND, year));
        assertThat(readingLarge).isEqualTo(readingSmall).isLessThanOrEqualTo(3);
        // Freezing: the months' claims are inserts; the four counting statements of each month and the reads are all
        // there is (a month at a time keeps each statement on its indexes: MonthlyCounting.count).
        assertThat(freezingSmall).isLessThanOrEqualTo(3 + 4 * month().getMonthValue());
    }

    @Test
    void twoRequestsFreezingTheSameMonthsAtOnceGetTheSameRowsAndAReadOnlyCallerMayFreeze() throws Exception {
        Dep dep = departement("Alpha", "Bravo");
        population(dep, 40, new Random(3));
        Year year = Year.of(month().getYear());
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<List<MonthlyCount>> request = () -> {
            together.await(10, TimeUnit.SECONDS);
            return frozen.of(dep.id, Indicator.LIVRET_ACKNOWLEDGED_IN_A_MONTH, Dimension.PLACE_KIND, year);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<MonthlyCount>> one = pool.submit(request);
            Future<List<MonthlyCount>> other = pool.submit(request);
            List<MonthlyCount> first = one.get(60, TimeUnit.SECONDS);
            assertThat(first).isNotEmpty().isEqualTo(other.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM observatory_counted_month WHERE departement_id = :d")
                        .param("d", dep.id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(month().getMonthValue());

        // A page reads in a read-only transaction: freezing runs in its own.
        Dep other = departement("Alpha");
        population(other, 10, new Random(4));
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        List<MonthlyCount> read =
                readOnly.execute(status -> frozen.of(other.id, Indicator.PPE_COVERAGE, Dimension.TERRITORY, year));
        assertThat(read).isEqualTo(frozen.of(other.id, Indicator.PPE_COVERAGE, Dimension.TERRITORY, year));
    }

    // ---- population

    private Map<String, List<MonthlyCount>> everything(Dep dep) {
        Map<String, List<MonthlyCount>> all = new TreeMap<>();
        for (Indicator indicator : Indicator.values()) {
            for (Dimension dimension : Dimension.values()) {
                all.put(
                        indicator + "|" + dimension,
                        frozen.of(dep.id, indicator, dimension, Year.of(month().getYear())));
            }
        }
        return all;
    }

    /** Young people of every age with measures, PPEs, reactions, meetings, proposals, surveys and livrets. */
    private void population(Dep dep, int size, Random random) {
        YearMonth last = month();
        LocalDate from = last.atDay(1).minusMonths(last.getMonthValue() - 1);
        int days = (int) (last.atEndOfMonth().toEpochDay() - from.toEpochDay()) + 1;
        List<String> kinds = Arrays.stream(MeasureKind.values()).map(Enum::name).toList();
        List<String> places =
                Arrays.stream(PlacementKind.values()).map(Enum::name).toList();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate someDay = from.plusDays(random.nextInt(days));
            long territory = dep.territories.get(random.nextInt(dep.territories.size()));
            long person =
                    dep.person(territory, someDay.minusYears(random.nextInt(23)).minusDays(random.nextInt(365)));
            people.add(person);
            for (int k = random.nextInt(3); k > 0; k--) {
                String kind = kinds.get(random.nextInt(kinds.size()));
                LocalDate starts = from.plusDays(random.nextInt(days)).minusMonths(random.nextInt(12));
                long measure = measure(
                        person,
                        kind,
                        starts,
                        random.nextBoolean() ? null : starts.plusDays(random.nextInt(300)),
                        MeasureKind.valueOf(kind).placement() ? places.get(random.nextInt(places.size())) : null);
                if (random.nextBoolean()) {
                    livret(
                            dep,
                            measure,
                            person,
                            starts.plusDays(random.nextInt(60)).atTime(11, 0));
                }
            }
            if (random.nextInt(3) > 0) {
                ppe(person, from.plusDays(random.nextInt(days)).minusMonths(random.nextInt(14)));
            }
            for (int r = random.nextInt(4); r > 0; r--) {
                LocalDateTime at = from.plusDays(random.nextInt(days)).atTime(8 + random.nextInt(10), 0);
                reaction(
                        person,
                        List.of("READ", "DISAGREE", "WANT_TO_TALK").get(random.nextInt(3)),
                        random.nextBoolean() ? "JEUNE" : "PARENT",
                        at,
                        random.nextBoolean() ? at.plusDays(random.nextInt(12)) : null);
            }
            if (random.nextBoolean()) {
                LocalDateTime at = from.plusDays(random.nextInt(days)).atTime(14, 0);
                synthesis(person, at, random.nextBoolean() ? at.plusDays(random.nextInt(15)) : null);
            }
            if (random.nextInt(3) == 0) {
                LocalDateTime at = from.plusDays(random.nextInt(days)).atTime(10, 0);
                long proposal = proposal(dep, person, at, random.nextBoolean() ? at.plusDays(10) : null);
                if (random.nextBoolean()) {
                    answer(dep, proposal, at.toLocalDate().plusDays(20));
                }
            }
            if (random.nextInt(4) == 0) {
                LocalDate submitted = from.plusDays(random.nextInt(days));
                request(person, random.nextBoolean() ? "GRANTED" : "REFUSED", submitted, submitted.plusDays(15));
            }
            if (random.nextInt(4) == 0) {
                interview(person, from.plusDays(random.nextInt(days)));
            }
        }
        survey(
                dep,
                from.plusDays(random.nextInt(days)),
                List.of("CHILD_8_11", "TEEN_12_15", "YOUNG_16_21"),
                people.stream().filter(p -> random.nextBoolean()).toList());
    }

    // ---- records, as the owning modules write them

    private final class Dep {
        final long id;
        final List<Long> territories;
        final long account;
        long council;
        long book;

        Dep(long id, List<Long> territories, long account) {
            this.id = id;
            this.territories = territories;
            this.account = account;
        }

        long person(long territory, LocalDate birth) {
            return dossier.youngPeople(
                            id, List.of(new NewYoungPerson(territory, "Test", "Counted", birth, null, false)))
                    .getFirst();
        }
    }

    private Dep departement(String... territoryNames) {
        int n = DEPARTEMENTS.incrementAndGet();
        long id = dossier.departement("CNT" + n, "Département de comptage " + n);
        List<Long> territories = new ArrayList<>();
        for (String name : territoryNames) {
            territories.add(dossier.territory(id, name));
        }
        long analyst = dossier.professional(id, null, "Odile", "Compte", "Chargée d'études ODPE", null, null);
        long account = accounts.create(NewAccount.professional(id, Role.OBSERVATOIRE, "Odile Compte", analyst))
                .id();
        Dep dep = new Dep(id, territories, account);
        dep.council = insert(jdbc.sql("INSERT INTO council (departement_id, kind, name) VALUES (:d, 'YOUTH', 'CJ')")
                .param("d", id));
        dep.book = insert(jdbc.sql("""
                        INSERT INTO content_book (departement_id, code, kind, position)
                        VALUES (:d, 'WELCOME_TEST', 'WELCOME', 1)""").param("d", id));
        return dep;
    }

    private long measure(long person, String kind, LocalDate startsOn, LocalDate endsOn, String placementKind) {
        return insert(jdbc.sql("""
                        INSERT INTO measure (young_person_id, kind, decided_by, decided_on, starts_on, ends_on,
                                             placement_kind)
                        VALUES (:yp, :kind, 'JUGE_DES_ENFANTS', :starts, :starts, :ends, :place)""")
                .param("yp", person)
                .param("kind", kind)
                .param("starts", startsOn)
                .param("ends", endsOn)
                .param("place", placementKind));
    }

    private void ppe(long person, LocalDate publishedOn) {
        jdbc.sql("""
                        INSERT INTO care_plan_version (young_person_id, status, version_number, author_account_id,
                                                       author_name, created_at, published_at)
                        VALUES (:yp, 'PUBLISHED', (SELECT COALESCE(MAX(v.version_number), 0) + 1
                                                   FROM care_plan_version v WHERE v.young_person_id = :yp),
                                0, 'Claire Test', :at, :at)""")
                .param("yp", person)
                .param("at", Timestamp.valueOf(publishedOn.atTime(11, 0)))
                .update();
    }

    private void reaction(long person, String kind, String role, LocalDateTime at, LocalDateTime answeredAt) {
        jdbc.sql("""
                        INSERT INTO reaction (young_person_id, subject_kind, subject_id, kind, author_account_id,
                                              author_name, author_role, created_at, answered_at)
                        VALUES (:yp, 'CARE_PLAN_VERSION', 0, :kind, 0, 'Famille', :role, :at, :answered)""")
                .param("yp", person)
                .param("kind", kind)
                .param("role", role)
                .param("at", Timestamp.valueOf(at))
                .param("answered", answeredAt == null ? null : Timestamp.valueOf(answeredAt))
                .update();
    }

    private void synthesis(long person, LocalDateTime startsAt, LocalDateTime notesAt) {
        jdbc.sql("""
                        INSERT INTO meeting (young_person_id, kind, starts_at, place, created_by_account_id, notes,
                                             notes_published_at)
                        VALUES (:yp, 'SYNTHESE', :at, 'Service ASE', 0, :notes, :published)""")
                .param("yp", person)
                .param("at", startsAt)
                .param("notes", notesAt == null ? null : "Compte rendu")
                .param("published", notesAt == null ? null : Timestamp.valueOf(notesAt))
                .update();
    }

    private void interview(long person, LocalDate heldOn) {
        long meeting = insert(jdbc.sql("""
                        INSERT INTO meeting (young_person_id, kind, starts_at, place, created_by_account_id)
                        VALUES (:yp, 'INTERVIEW', :at, 'Service ASE', 0)""").param("yp", person).param("at", heldOn.atTime(10, 0)));
        jdbc.sql("""
                        INSERT IGNORE INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id,
                                                               scheduled_by_name, scheduled_at, held_on)
                        VALUES (:yp, :meeting, 0, 'Claire Test', :at, :held)""")
                .param("yp", person)
                .param("meeting", meeting)
                .param("at", Timestamp.valueOf(heldOn.minusMonths(1).atStartOfDay()))
                .param("held", heldOn)
                .update();
    }

    private void request(long person, String status, LocalDate submittedOn, LocalDate decidedOn) {
        jdbc.sql("""
                        INSERT INTO young_adult_request (young_person_id, status, created_at, updated_at, submitted_on,
                                                         decided_on)
                        VALUES (:yp, :status, :now, :now, :submitted, :decided)""")
                .param("yp", person)
                .param("status", status)
                .param("now", Timestamp.from(clock.instant()))
                .param("submitted", submittedOn)
                .param("decided", decidedOn)
                .update();
    }

    private long proposal(Dep dep, long person, LocalDateTime publishedAt, LocalDateTime adoptedAt) {
        long mandate = insert(jdbc.sql("""
                        INSERT INTO council_mandate (council_id, young_person_id, first_name, sex, starts_on, ends_on)
                        VALUES (:c, :yp, 'Test', 'UNSAID', :starts, :ends)""")
                .param("c", dep.council)
                .param("yp", person)
                .param("starts", publishedAt.toLocalDate().minusMonths(1))
                .param("ends", publishedAt.toLocalDate().plusYears(2)));
        return insert(jdbc.sql("""
                        INSERT INTO proposal (council_id, author_mandate_id, title, body, theme, status, created_at,
                                              published_at, decided_at)
                        VALUES (:c, :mandate, 'Une idée', 'Le texte', 'OTHER', :status, :published, :published,
                                :decided)""")
                .param("c", dep.council)
                .param("mandate", mandate)
                .param("status", adoptedAt == null ? "PUBLISHED" : "ADOPTED")
                .param("published", Timestamp.valueOf(publishedAt))
                .param("decided", adoptedAt == null ? null : Timestamp.valueOf(adoptedAt)));
    }

    private void answer(Dep dep, long proposal, LocalDate answeredOn) {
        jdbc.sql("""
                        INSERT INTO council_answer_entry (proposal_id, kind, status, responsible_service, answered_on,
                                                          body, written_by_account_id, written_at)
                        VALUES (:p, 'ANSWER', 'ACCEPTED', 'Service ASE', :on, 'Oui', :account, :at)""")
                .param("p", proposal)
                .param("on", answeredOn)
                .param("account", dep.account)
                .param("at", Timestamp.valueOf(answeredOn.atTime(12, 0)))
                .update();
    }

    private void survey(Dep dep, LocalDate closesOn, List<String> bands, List<Long> answered) {
        long survey = insert(jdbc.sql("""
                        INSERT INTO survey (departement_id, title, anonymous, changes_allowed, opens_on, closes_on,
                                            status, created_by_account_id, created_at, published_at)
                        VALUES (:d, 'Enquête', TRUE, FALSE, :opens, :closes, 'CLOSED', :account, :at, :at)""")
                .param("d", dep.id)
                .param("opens", closesOn.minusDays(20))
                .param("closes", closesOn)
                .param("account", dep.account)
                .param("at", Timestamp.valueOf(closesOn.minusDays(21).atStartOfDay())));
        long version = insert(jdbc.sql("""
                        INSERT INTO survey_version (survey_id, number, published_at) VALUES (:s, 1, :at)""")
                .param("s", survey)
                .param("at", Timestamp.valueOf(closesOn.minusDays(21).atStartOfDay())));
        for (String band : bands) {
            jdbc.sql("""
                            INSERT INTO survey_variant (version_id, band, title, introduction)
                            VALUES (:v, :band, 'Enquête', 'Bonjour')""").param("v", version).param("band", band).update();
        }
        for (long person : answered) {
            jdbc.sql("INSERT INTO survey_participation (survey_id, person_key) VALUES (:s, :key)")
                    .param("s", survey)
                    .param("key", "Y:" + person)
                    .update();
        }
    }

    private void livret(Dep dep, long measure, long person, LocalDateTime acknowledgedAt) {
        jdbc.sql("""
                        INSERT INTO livret_offer (measure_id, young_person_id, reader_key, book_id, offered_at,
                                                  acknowledged_at)
                        VALUES (:m, :yp, :key, :book, :at, :at)""")
                .param("m", measure)
                .param("yp", person)
                .param("key", "Y:" + person)
                .param("book", dep.book)
                .param("at", Timestamp.valueOf(acknowledgedAt))
                .update();
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
