package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * participation_survey_young_audience_view, the young people a closed survey asked as the observatory counts them,
 * is {@link SurveyAudience#asksYoungPerson}'s rule with today = the survey's last day for answers: the SQL of the view
 * (a migration) and the rule (code) are compared on random surveys over a random population of a département of the
 * test's own.
 */
@IntegrationTest
class SurveyAudienceViewTest {

    @Autowired
    DossierImport dossier;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theViewAsksTheYoungPeopleTheRuleAsksOnTheLastDayForAnswers() {
        Random random = new Random(21);
        long dep = dossier.departement("AUDV", "Département de l’audience");
        List<Long> territories = List.of(dossier.territory(dep, "Nord"), dossier.territory(dep, "Sud"));
        long analyst = dossier.professional(dep, null, "Anna", "Lyse", "Chargée d'études", null, null);
        long account = accounts.create(NewAccount.professional(dep, Role.OBSERVATOIRE, "Anna Lyse", analyst))
                .id();
        long council = insert(jdbc.sql("INSERT INTO council (departement_id, kind, name) VALUES (:d, 'YOUTH', 'CJ')")
                .param("d", dep));
        LocalDate today = LocalDate.now(clock);
        List<String> kinds =
                List.of(MeasureKind.values()).stream().map(Enum::name).toList();
        List<String> places =
                List.of(PlacementKind.values()).stream().map(Enum::name).toList();
        for (int i = 0; i < 120; i++) {
            long person = dossier.youngPeople(
                            dep,
                            List.of(new NewYoungPerson(
                                    territories.get(random.nextInt(2)),
                                    "Test",
                                    "Audience",
                                    today.minusYears(6 + random.nextInt(18)).minusDays(random.nextInt(365)),
                                    null,
                                    false)))
                    .getFirst();
            for (int k = random.nextInt(3); k > 0; k--) {
                String kind = kinds.get(random.nextInt(kinds.size()));
                LocalDate starts = today.minusDays(random.nextInt(400));
                jdbc.sql("""
                                INSERT INTO measure (young_person_id, kind, decided_by, decided_on, starts_on, ends_on,
                                                     placement_kind)
                                VALUES (:yp, :kind, 'JUGE_DES_ENFANTS', :starts, :starts, :ends, :place)""")
                        .param("yp", person)
                        .param("kind", kind)
                        .param("starts", starts)
                        .param("ends", random.nextBoolean() ? null : starts.plusDays(random.nextInt(300)))
                        .param(
                                "place",
                                MeasureKind.valueOf(kind).placement()
                                        ? places.get(random.nextInt(places.size()))
                                        : null)
                        .update();
            }
            if (random.nextInt(3) == 0) {
                LocalDate starts = today.minusDays(random.nextInt(300));
                jdbc.sql("""
                                INSERT INTO council_mandate (council_id, young_person_id, first_name, sex, starts_on,
                                                             ends_on, resigned_on)
                                VALUES (:c, :yp, 'Test', 'UNSAID', :starts, :ends, :resigned)""")
                        .param("c", council)
                        .param("yp", person)
                        .param("starts", starts)
                        .param("ends", starts.plusYears(1))
                        .param("resigned", random.nextInt(4) == 0 ? starts.plusDays(random.nextInt(200)) : null)
                        .update();
            }
        }
        int compared = 0;
        for (int n = 0; n < 12; n++) {
            LocalDate closes = today.minusDays(random.nextInt(200));
            long survey = insert(jdbc.sql("""
                            INSERT INTO survey (departement_id, title, anonymous, changes_allowed, opens_on, closes_on,
                                                status, created_by_account_id, created_at, published_at)
                            VALUES (:d, 'Enquête', TRUE, FALSE, :opens, :closes, 'CLOSED', :a, :at, :at)""")
                    .param("d", dep)
                    .param("opens", closes.minusDays(20))
                    .param("closes", closes)
                    .param("a", account)
                    .param("at", Timestamp.valueOf(closes.minusDays(21).atStartOfDay())));
            long version =
                    insert(jdbc.sql("INSERT INTO survey_version (survey_id, number, published_at) VALUES (:s, 1, :at)")
                            .param("s", survey)
                            .param("at", Timestamp.valueOf(closes.minusDays(21).atStartOfDay())));
            for (String band : List.of("CHILD_8_11", "TEEN_12_15", "YOUNG_16_21", "PARENTS")) {
                if (random.nextInt(3) > 0) {
                    jdbc.sql("""
                                    INSERT INTO survey_variant (version_id, band, title, introduction)
                                    VALUES (:v, :band, 'Enquête', 'Bonjour')""").param("v", version).param("band", band).update();
                }
            }
            audience(
                    survey,
                    "TERRITORY",
                    random,
                    territories.stream().map(String::valueOf).toList());
            audience(survey, "MEASURE_KIND", random, kinds);
            audience(survey, "PLACEMENT_KIND", random, places);
            audience(survey, "COUNCIL", random, List.of(Long.toString(council)));

            Set<Long> byView = new HashSet<>(
                    jdbc.sql("""
                            SELECT young_person_id FROM participation_survey_young_audience_view
                            WHERE survey_id = :s""").param("s", survey).query(Long.class).list());
            Set<Long> byRule = new HashSet<>(jdbc.sql("SELECT yp.id FROM survey s JOIN dossier_young_person_view yp"
                            + " ON yp.departement_id = s.departement_id WHERE s.id = :s AND "
                            + SurveyAudience.asksYoungPerson("s", "yp"))
                    .param("s", survey)
                    .param("today", closes)
                    .query(Long.class)
                    .list());
            assertThat(byView).as("survey " + n).isEqualTo(byRule);
            compared += byRule.size();
        }
        assertThat(compared).as("the surveys asked someone").isGreaterThan(20);
    }

    /** Half the time no row (everyone), else one or two values. */
    private void audience(long survey, String dimension, Random random, List<String> values) {
        if (random.nextBoolean()) {
            return;
        }
        List<String> chosen = new ArrayList<>(values);
        Collections.shuffle(chosen, random);
        for (String value : chosen.subList(0, Math.min(chosen.size(), 1 + random.nextInt(2)))) {
            jdbc.sql("INSERT INTO survey_audience (survey_id, dimension, value) VALUES (:s, :d, :v)")
                    .param("s", survey)
                    .param("d", dimension)
                    .param("v", value)
                    .update();
        }
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
