package fr.reperes.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The generated population's autonomy pathways look like a département's, and its measures agree with them. */
@IntegrationTest
class DemoPathwaysTest {

    /** The generated young adults of the demo: not the personas, not the people other tests add without measures. */
    private static final String GENERATED_ADULTS = """
            FROM young_person yp JOIN departement d ON d.id = yp.departement_id AND d.code = 'DEMO'
            WHERE DATE_ADD(yp.birth_date, INTERVAL 18 YEAR) <= :today
              AND (yp.first_name, yp.last_name) NOT IN (('Lina', 'Benali'), ('Léo', 'Lefèvre'),
                                                        ('Mehdi', 'Traoré'), ('Amina', 'Diallo'))
              AND EXISTS (SELECT 1 FROM measure m WHERE m.young_person_id = yp.id)""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DemoPathways pathways;

    private long count(String sql) {
        return jdbc.sql(sql)
                .param("today", LocalDate.now(clock))
                .query(Long.class)
                .single();
    }

    @Test
    void onlyYoungAdultsWithAContractHaveAnAccompagnementJeuneMajeurAndTheOthersLeftCareAt18() {
        long adults = count("SELECT COUNT(*) " + GENERATED_ADULTS);
        long withMeasureButNoContract = count("SELECT COUNT(*) " + GENERATED_ADULTS + """
                  AND EXISTS (SELECT 1 FROM measure m WHERE m.young_person_id = yp.id
                                AND m.kind = 'ACCOMPAGNEMENT_JEUNE_MAJEUR')
                  AND NOT EXISTS (SELECT 1 FROM young_adult_contract k WHERE k.young_person_id = yp.id)""");
        long withoutContractInCareAfter18 = count("SELECT COUNT(*) " + GENERATED_ADULTS + """
                  AND NOT EXISTS (SELECT 1 FROM young_adult_contract k WHERE k.young_person_id = yp.id)
                  AND EXISTS (SELECT 1 FROM measure m WHERE m.young_person_id = yp.id
                                AND m.ends_on > DATE_ADD(yp.birth_date, INTERVAL 18 YEAR))""");
        long contractsWithoutMeasure = count("SELECT COUNT(*) " + GENERATED_ADULTS + """
                  AND EXISTS (SELECT 1 FROM young_adult_contract k WHERE k.young_person_id = yp.id)
                  AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.young_person_id = yp.id
                                    AND m.kind = 'ACCOMPAGNEMENT_JEUNE_MAJEUR')""");

        assertThat(adults).isGreaterThan(200);
        assertThat(withMeasureButNoContract).isZero();
        assertThat(withoutContractInCareAfter18).isZero();
        assertThat(contractsWithoutMeasure).isZero();
    }

    @Test
    void aboutOneInFiveLeftAt18WithNothing() {
        long adults = count("SELECT COUNT(*) " + GENERATED_ADULTS);
        long nothing = count("SELECT COUNT(*) " + GENERATED_ADULTS + """
                  AND NOT EXISTS (SELECT 1 FROM young_adult_request r WHERE r.young_person_id = yp.id
                                    AND r.submitted_on <= DATE_ADD(yp.birth_date, INTERVAL 18 YEAR))
                  AND NOT EXISTS (SELECT 1 FROM young_adult_contract k WHERE k.young_person_id = yp.id
                                    AND k.starts_on <= DATE_ADD(yp.birth_date, INTERVAL 18 YEAR))""");
        // 20 % are drawn; about 260 young adults leave a wide margin of chance (2.5 points of standard deviation).
        assertThat((double) nothing / adults).isBetween(0.12, 0.30);
    }

    /** By quarter: a month of the demo's 2,000 young people holds about 7 who turn 18, and may by chance hold none. */
    @Test
    void theLastTwoYearsHaveHistoryEveryQuarter() {
        LocalDate today = LocalDate.now(clock);
        List<String> thinQuarters = new ArrayList<>();
        for (int back = 3; back <= 24; back += 3) {
            LocalDate first = today.withDayOfMonth(1).minusMonths(back);
            LocalDate last = first.plusMonths(3).minusDays(1);
            long turned18 = jdbc.sql("""
                            SELECT COUNT(*) FROM young_person
                            WHERE DATE_ADD(birth_date, INTERVAL 18 YEAR) BETWEEN :first AND :last""")
                    .param("first", first)
                    .param("last", last)
                    .query(Long.class)
                    .single();
            long decided = jdbc.sql(
                            "SELECT COUNT(*) FROM young_adult_request WHERE decided_on BETWEEN :first AND :last")
                    .param("first", first)
                    .param("last", last)
                    .query(Long.class)
                    .single();
            if (turned18 < 5 || decided < 5) {
                thinQuarters.add(first.toString());
            }
        }
        assertThat(thinQuarters).as("quarters with hardly any history").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM autonomy_interview WHERE held_on IS NULL AND young_person_id IN "
                        + "(SELECT id FROM young_person WHERE DATE_ADD(birth_date, INTERVAL 18 YEAR) > :today)"))
                .as("entretiens still to come")
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM young_adult_contract WHERE renews_contract_id IS NOT NULL "
                        + "AND starts_on <= :today"))
                .as("renewed contracts")
                .isGreaterThan(20);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM young_adult_request")
                        .query(String.class)
                        .list())
                .as("requests in every kind of state")
                .contains("DRAFT", "GRANTED", "REFUSED")
                .containsAnyOf("SUBMITTED", "UNDER_REVIEW", "IN_COMMISSION");
    }

    @Test
    void theSamePopulationGetsTheSamePathways() {
        LocalDate today = LocalDate.now(clock);
        List<DemoPathways.Person> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(new DemoPathways.Person(
                    i, "Jeune " + i, "Référente", today.minusYears(16).minusDays(i * 9L)));
        }
        DemoPathways.Generated once = pathways.generate(people, today);
        assertThat(pathways.generate(people, today)).isEqualTo(once);
        assertThat(once.pathways()).isNotEmpty();
    }
}
