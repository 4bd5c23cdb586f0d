package fr.reperes.observatory;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.AutonomyFigures.MonthlyFigure;
import fr.reperes.observatory.AutonomyFigures.Territory;
import fr.reperes.observatory.publication.PublishedFigures;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.suppression.IndicatorCell;
import fr.reperes.platform.suppression.SmallCellSuppression;
import fr.reperes.platform.suppression.SmallCellSuppression.Published;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pathway figures for the ODPE: by territory and month, for the viewer's département, protected by
 * {@link SmallCellSuppression} before they leave this class. Four GROUP BY statements whatever the population: one per
 * cohort (17 and a half, 18), one for decisions, one for renewed contracts.
 *
 * <p>A month is published once, when it has been over for {@value #PUBLICATION_LAG_MONTHS} month (most dates
 * recorded late are in by then), and frozen ({@link PublishedFigures}): later requests get the same cells, whatever
 * was recorded since. Recounted, a month published twice could be compared with itself: a number withheld the first
 * time and shown the second, its neighbours unchanged, would give the first one's withheld number back.
 *
 * <p>No audit entry: once small cells are withheld, the figures hold no young person's data, and the audit journal is
 * each young person's list of who read their file.
 */
@Service
public class AutonomyIndicators {

    /** Keeps an answer small; the bundles' autonomy.indicators.error.range says this number. */
    static final int MAX_MONTHS = 60;
    /** How long a month has been over before it is published; the bundles' autonomy.indicators.error.range says it. */
    static final int PUBLICATION_LAG_MONTHS = 1;

    /** The day a young person is 17 and a half, as {@link AutonomyAges#seventeenAndAHalf} computes it. */
    static final String SEVENTEEN_AND_A_HALF = "DATE_ADD(DATE_ADD(birth_date, INTERVAL 17 YEAR), INTERVAL 6 MONTH)";
    /** The 18th birthday; like Java's plusYears, MariaDB moves 29 February to 28 February. */
    static final String EIGHTEEN = "DATE_ADD(birth_date, INTERVAL 18 YEAR)";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Clock clock;
    private final PublishedFigures published;

    AutonomyIndicators(JdbcClient jdbc, AccessPolicy policy, Clock clock, PublishedFigures published) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        this.published = published;
    }

    /**
     * The figures of the months from {@code from} to {@code to}, months over for
     * {@value #PUBLICATION_LAG_MONTHS} month at least: a month still running would change day by day, and the
     * difference between two days would be one young person. Months not yet published are counted and frozen now.
     */
    @Transactional
    public AutonomyFigures figures(Viewer viewer, YearMonth from, YearMonth to) {
        AccessDecision decision = policy.decideAggregates(viewer.role());
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        LocalDate today = LocalDate.now(clock);
        if (from == null
                || to == null
                || from.isAfter(to)
                || from.until(to, ChronoUnit.MONTHS) >= MAX_MONTHS
                || to.isAfter(YearMonth.from(today).minusMonths(1 + PUBLICATION_LAG_MONTHS))) {
            throw new InvalidInputException(Map.of("period", "autonomy.indicators.error.range"));
        }
        long departement = Objects.requireNonNull(viewer.departementId(), "an account belongs to a département");
        List<Territory> territories = jdbc.sql(
                        "SELECT id, name FROM dossier_territory_view WHERE departement_id = :dep ORDER BY name")
                .param("dep", departement)
                .query((rs, n) -> new Territory(rs.getLong("id"), rs.getString("name")))
                .list();

        Map<YearMonth, List<MonthlyFigure>> months = new TreeMap<>(published.read(departement, from, to, territories));
        List<YearMonth> unpublished = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            if (!months.containsKey(month)) {
                unpublished.add(month);
            }
        }
        if (!unpublished.isEmpty()) {
            Counts counts = count(departement, unpublished.getFirst(), unpublished.getLast());
            for (YearMonth month : unpublished) {
                months.put(
                        month,
                        published.publish(
                                departement, month, today, protect(counts, territories, month, today), territories));
            }
        }
        List<MonthlyFigure> figures = months.values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparing(MonthlyFigure::indicator).thenComparing(MonthlyFigure::month))
                .toList();
        return new AutonomyFigures(from, to, today, territories, figures);
    }

    /** The raw numbers of the months from {@code from} to {@code to}, by territory; they never leave this class. */
    private Counts count(long departement, YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        Counts counts = new Counts();
        jdbc.sql("""
                        SELECT c.territory_id, EXTRACT(YEAR_MONTH FROM c.on_day) AS ym, COUNT(*) AS cohort,
                               SUM(i.held_on IS NOT NULL AND i.held_on <= c.on_day) AS held
                        FROM (SELECT id, territory_id, %s AS on_day FROM dossier_young_person_view
                              WHERE departement_id = :dep) c
                        LEFT JOIN autonomy_interview_view i ON i.young_person_id = c.id
                        WHERE c.on_day BETWEEN :first AND :last
                        GROUP BY c.territory_id, ym""".formatted(SEVENTEEN_AND_A_HALF))
                .param("dep", departement)
                .param("first", first)
                .param("last", last)
                .query(rs -> {
                    counts.add(rs, Count.HALF_COHORT, "cohort");
                    counts.add(rs, Count.INTERVIEW_HELD, "held");
                });
        // A request counts once submitted (a draft is not a request); a renewal cannot come before 18, so the first
        // submission of any request is the one that matters.
        jdbc.sql("""
                        SELECT c.territory_id, EXTRACT(YEAR_MONTH FROM c.on_day) AS ym, COUNT(*) AS cohort,
                               SUM(r.first_submitted IS NOT NULL AND r.first_submitted < c.on_day) AS before18,
                               SUM((r.first_submitted IS NULL OR r.first_submitted > c.on_day)
                                   AND (k.first_start IS NULL OR k.first_start > c.on_day)) AS nothing
                        FROM (SELECT id, territory_id, %s AS on_day FROM dossier_young_person_view
                              WHERE departement_id = :dep) c
                        LEFT JOIN (SELECT young_person_id, MIN(submitted_on) AS first_submitted
                                   FROM autonomy_request_view
                                   WHERE status <> 'DRAFT' AND submitted_on IS NOT NULL
                                   GROUP BY young_person_id) r ON r.young_person_id = c.id
                        LEFT JOIN (SELECT young_person_id, MIN(starts_on) AS first_start
                                   FROM autonomy_contract_view
                                   GROUP BY young_person_id) k ON k.young_person_id = c.id
                        WHERE c.on_day BETWEEN :first AND :last
                        GROUP BY c.territory_id, ym""".formatted(EIGHTEEN))
                .param("dep", departement)
                .param("first", first)
                .param("last", last)
                .query(rs -> {
                    counts.add(rs, Count.ADULT_COHORT, "cohort");
                    counts.add(rs, Count.REQUEST_BEFORE_18, "before18");
                    counts.add(rs, Count.NOTHING_AT_18, "nothing");
                });
        // Young people, not requests: the privacy rule counts people, and one may have two decisions in a month.
        jdbc.sql("""
                        SELECT yp.territory_id, EXTRACT(YEAR_MONTH FROM r.decided_on) AS ym,
                               COUNT(DISTINCT CASE WHEN r.status = 'GRANTED' THEN r.young_person_id END) AS granted,
                               COUNT(DISTINCT CASE WHEN r.status = 'REFUSED' THEN r.young_person_id END) AS refused
                        FROM autonomy_request_view r JOIN dossier_young_person_view yp ON yp.id = r.young_person_id
                        WHERE yp.departement_id = :dep AND r.status IN ('GRANTED', 'REFUSED')
                          AND r.decided_on BETWEEN :first AND :last
                        GROUP BY yp.territory_id, ym""")
                .param("dep", departement)
                .param("first", first)
                .param("last", last)
                .query(rs -> {
                    counts.add(rs, Count.GRANTED, "granted");
                    counts.add(rs, Count.REFUSED, "refused");
                });
        jdbc.sql("""
                        SELECT yp.territory_id, EXTRACT(YEAR_MONTH FROM k.starts_on) AS ym,
                               COUNT(DISTINCT k.young_person_id) AS renewed
                        FROM autonomy_contract_view k JOIN dossier_young_person_view yp ON yp.id = k.young_person_id
                        WHERE yp.departement_id = :dep AND k.renews_contract_id IS NOT NULL
                          AND k.starts_on BETWEEN :first AND :last
                        GROUP BY yp.territory_id, ym""")
                .param("dep", departement)
                .param("first", first)
                .param("last", last)
                .query(rs -> {
                    counts.add(rs, Count.RENEWED, "renewed");
                });
        return counts;
    }

    /** Every indicator of one month, each protected together with its total and the figures linked to it. */
    private static List<MonthlyFigure> protect(
            Counts counts, List<Territory> territories, YearMonth month, LocalDate publishedOn) {
        Map<AutonomyIndicator, Published> protectedFigures = new EnumMap<>(AutonomyIndicator.class);
        protectedFigures.put(
                AutonomyIndicator.INTERVIEW_BEFORE_17_AND_HALF,
                SmallCellSuppression.protectShare(
                        counts.row(Count.HALF_COHORT, month, territories),
                        counts.row(Count.INTERVIEW_HELD, month, territories)));
        List<Published> atEighteen = SmallCellSuppression.protectLinkedShares(
                counts.row(Count.ADULT_COHORT, month, territories),
                List.of(
                        counts.row(Count.REQUEST_BEFORE_18, month, territories),
                        counts.row(Count.NOTHING_AT_18, month, territories)));
        protectedFigures.put(AutonomyIndicator.REQUEST_BEFORE_18, atEighteen.get(0));
        protectedFigures.put(AutonomyIndicator.LEFT_AT_18_WITH_NOTHING, atEighteen.get(1));
        protectedFigures.put(
                AutonomyIndicator.REQUESTS_GRANTED,
                SmallCellSuppression.protectCounts(counts.row(Count.GRANTED, month, territories)));
        protectedFigures.put(
                AutonomyIndicator.REQUESTS_REFUSED,
                SmallCellSuppression.protectCounts(counts.row(Count.REFUSED, month, territories)));
        protectedFigures.put(
                AutonomyIndicator.CONTRACTS_RENEWED,
                SmallCellSuppression.protectCounts(counts.row(Count.RENEWED, month, territories)));
        List<MonthlyFigure> figures = new ArrayList<>();
        protectedFigures.forEach((indicator, published) -> {
            Map<Long, IndicatorCell> byTerritory = new LinkedHashMap<>();
            for (int i = 0; i < territories.size(); i++) {
                byTerritory.put(territories.get(i).id(), published.territories().get(i));
            }
            figures.add(new MonthlyFigure(
                    indicator, month, publishedOn, Collections.unmodifiableMap(byTerritory), published.total()));
        });
        return figures;
    }

    /** The raw numbers the statements return, before any protection; they never leave this class. */
    private enum Count {
        HALF_COHORT,
        INTERVIEW_HELD,
        ADULT_COHORT,
        REQUEST_BEFORE_18,
        NOTHING_AT_18,
        GRANTED,
        REFUSED,
        RENEWED
    }

    private static final class Counts {

        private final Map<Count, Map<YearMonth, Map<Long, Integer>>> values = new EnumMap<>(Count.class);

        void add(ResultSet rs, Count count, String column) throws SQLException {
            int ym = rs.getInt("ym");
            values.computeIfAbsent(count, c -> new HashMap<>())
                    .computeIfAbsent(YearMonth.of(ym / 100, ym % 100), m -> new HashMap<>())
                    .put(rs.getLong("territory_id"), rs.getInt(column));
        }

        int[] row(Count count, YearMonth month, List<Territory> territories) {
            Map<Long, Integer> byTerritory =
                    values.getOrDefault(count, Map.of()).getOrDefault(month, Map.of());
            return territories.stream()
                    .mapToInt(t -> byTerritory.getOrDefault(t.id(), 0))
                    .toArray();
        }
    }
}
