package fr.reperes.participation;

import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyDefinition.Option;
import fr.reperes.participation.SurveyDefinition.Question;
import fr.reperes.participation.SurveyDefinition.Variant;
import fr.reperes.participation.imports.SurveyImport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own surveys and respondents: the suite shares one database, so a test creates what it changes. Young people
 * (16 to 20) and parents come from the generated population, among those with no account, and get one.
 */
public final class SurveyFixtures {

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final long departementId;
    private final long authorAccountId;
    /** The territories where no demo persona lives: the surveys made here ask only there, so personas see none. */
    private final List<Long> territories;

    public SurveyFixtures(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        Viewer yanis = TestSignIn.viewer(context, "yanis");
        this.departementId = yanis.departementId();
        this.authorAccountId = yanis.accountId();
        this.territories = personaFreeTerritories(jdbc, departementId);
    }

    /**
     * The demo département's territories where no demo persona lives (neither a young persona nor a persona parent's
     * child): a survey whose audience is these territories asks none of the personas, whatever its bands. The suite
     * shares one database with the demo: a test's published or closed survey must never reach a persona.
     */
    public static List<Long> personaFreeTerritories(JdbcClient jdbc, long departementId) {
        return jdbc.sql("""
                        SELECT t.id FROM territory t WHERE t.departement_id = :dep AND t.id NOT IN (
                            SELECT yp.territory_id FROM young_person yp JOIN account a ON a.young_person_id = yp.id
                            JOIN account_identity i ON i.account_id = a.id
                            WHERE i.subject IN ('lina', 'mehdi', 'amina')
                            UNION SELECT c.territory_id FROM parent_link pl
                            JOIN young_person c ON c.id = pl.young_person_id
                            JOIN account a ON a.parent_id = pl.parent_id
                            JOIN account_identity i ON i.account_id = a.id
                            WHERE i.subject IN ('karim', 'nadia', 'sofia'))
                        ORDER BY t.id""").param("dep", departementId).query(Long.class).list();
    }

    /** An audience asking no demo persona: the territories where none lives. */
    public static Map<AudienceDimension, Set<String>> awayFromPersonas(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long dep = Objects.requireNonNull(TestSignIn.viewer(context, "yanis").departementId());
        return Map.of(
                AudienceDimension.TERRITORY,
                personaFreeTerritories(jdbc, dep).stream().map(String::valueOf).collect(Collectors.toSet()));
    }

    /**
     * An audience asking Lina (MECS, 17) and Karim (her father, holding authority) among the personas, for tests of
     * what is given back to those asked, and no other persona: Lina's territory and a MECS placement. Nadia (authority
     * withdrawn) is asked only by surveys with no child dimension; Sofia's Léo (foster family, anonymity order), Mehdi
     * (AEMO at home) and Amina (contrat jeune majeur at home) have no MECS placement.
     */
    public static Map<AudienceDimension, Set<String>> askingLinaAndKarim(ApplicationContext context) {
        Viewer lina = TestSignIn.viewer(context, "lina");
        long territory = context.getBean(JdbcClient.class)
                .sql("SELECT territory_id FROM young_person WHERE id = :id")
                .param("id", lina.youngPersonId())
                .query(Long.class)
                .single();
        return Map.of(
                AudienceDimension.TERRITORY, Set.of(String.valueOf(territory)),
                AudienceDimension.PLACEMENT_KIND, Set.of("MECS"));
    }

    /** A young person aged 17 to 20 of the generated population, with a fresh account. */
    public Viewer youngPerson() {
        return youngPerson(null);
    }

    /** The same, living in this territory when it is given. */
    public Viewer youngPerson(@Nullable Long territoryId) {
        return youngPersonBorn(LocalDate.now().minusYears(20), LocalDate.now().minusYears(17), territoryId);
    }

    /** A child aged 9 or 10, who answers the 8-11 variant (faces on the scales). */
    public Viewer child() {
        return youngPersonBorn(
                LocalDate.now().minusYears(10).minusMonths(6), LocalDate.now().minusYears(9), null);
    }

    /** A young person aged 12 to 14, outside the 16-21 band. */
    public Viewer teen() {
        return youngPersonBorn(LocalDate.now().minusYears(14), LocalDate.now().minusYears(12), null);
    }

    private Viewer youngPersonBorn(LocalDate oldest, LocalDate youngest, @Nullable Long territoryId) {
        Long id = jdbc.sql("""
                        SELECT yp.id FROM young_person yp
                        WHERE yp.departement_id = :dep AND yp.birth_date BETWEEN :oldest AND :youngest
                          AND (:territory IS NULL OR yp.territory_id = :territory)
                          AND yp.territory_id IN (:territories)
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.young_person_id = yp.id)
                        ORDER BY yp.id LIMIT 1""")
                .param("dep", departementId)
                .param("territories", territories)
                .param("oldest", oldest)
                .param("youngest", youngest)
                .param("territory", territoryId)
                .query(Long.class)
                .single();
        String name = name("young_person", id);
        AccountSummary account =
                context.getBean(AccountDirectory.class).create(NewAccount.youngPerson(departementId, name, id));
        String subject = "enquete-" + UUID.randomUUID();
        context.getBean(AccountDirectory.class).linkIdentity(account.id(), subject);
        return new Viewer(account.id(), subject, name, Role.JEUNE, departementId, id, null, null);
    }

    /** A parent of the generated population, with a child under 18 where the surveys ask, and a fresh account. */
    public Viewer parent() {
        Long id = jdbc.sql("""
                        SELECT p.id FROM parent p
                        WHERE p.departement_id = :dep AND NOT EXISTS (SELECT 1 FROM account a WHERE a.parent_id = p.id)
                          AND EXISTS (SELECT 1 FROM parent_link pl JOIN young_person c ON c.id = pl.young_person_id
                                      WHERE pl.parent_id = p.id AND pl.authority = 'HOLDS' AND c.birth_date > :adult
                                        AND c.territory_id IN (:territories))
                        ORDER BY p.id DESC LIMIT 1""")
                .param("dep", departementId)
                .param("adult", LocalDate.now().minusYears(18))
                .param("territories", territories)
                .query(Long.class)
                .single();
        String name = name("parent", id);
        AccountSummary account =
                context.getBean(AccountDirectory.class).create(NewAccount.parent(departementId, name, id));
        String subject = "enquete-" + UUID.randomUUID();
        context.getBean(AccountDirectory.class).linkIdentity(account.id(), subject);
        return new Viewer(account.id(), subject, name, Role.PARENT, departementId, null, id, null);
    }

    /** A territory with at least {@code count} young people aged 17 to 20 without an account. */
    public long territoryWith(int count) {
        return jdbc.sql("""
                        SELECT yp.territory_id FROM young_person yp
                        WHERE yp.departement_id = :dep AND yp.birth_date BETWEEN :oldest AND :youngest
                          AND yp.territory_id IN (:territories)
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.young_person_id = yp.id)
                        GROUP BY yp.territory_id HAVING COUNT(*) >= :count ORDER BY COUNT(*) DESC LIMIT 1""")
                .param("dep", departementId)
                .param("oldest", LocalDate.now().minusYears(20))
                .param("youngest", LocalDate.now().minusYears(17))
                .param("count", count)
                .param("territories", territories)
                .query(Long.class)
                .single();
    }

    public long otherTerritory(long territoryId, int count) {
        return jdbc.sql("""
                        SELECT yp.territory_id FROM young_person yp
                        WHERE yp.departement_id = :dep AND yp.birth_date BETWEEN :oldest AND :youngest
                          AND yp.territory_id <> :not
                          AND yp.territory_id IN (:territories)
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.young_person_id = yp.id)
                        GROUP BY yp.territory_id HAVING COUNT(*) >= :count ORDER BY COUNT(*) DESC LIMIT 1""")
                .param("dep", departementId)
                .param("oldest", LocalDate.now().minusYears(20))
                .param("youngest", LocalDate.now().minusYears(17))
                .param("not", territoryId)
                .param("count", count)
                .param("territories", territories)
                .query(Long.class)
                .single();
    }

    /**
     * A published survey, open from yesterday to ten days from now, with a 16-21, a parents' and an 8-11 variant of the same
     * two pages. Page 1: "mood" (scale, required), "yn" (yes/no, required), "why" (short text, required, shown only
     * if "yn" is NO). Page 2: "multi" (multiple choice a/b/c, at most 2), "rank" (ranking x/y/z), "long" (long text),
     * "single" (single choice s1/s2, required), "later" (short text, shown only if "yn" is NO).
     */
    public SurveyImport.Loaded survey(boolean anonymous, boolean changesAllowed) {
        return survey(
                anonymous,
                changesAllowed,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(10));
    }

    public SurveyImport.Loaded survey(
            boolean anonymous, boolean changesAllowed, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn) {
        List<Variant> variants = new ArrayList<>();
        for (SurveyBand band : List.of(SurveyBand.YOUNG_16_21, SurveyBand.PARENTS, SurveyBand.CHILD_8_11)) {
            variants.add(new Variant(
                    band,
                    "Ton avis " + band.name(),
                    "Quelques questions sur ton accueil.",
                    List.of(
                            question("mood", 1, QuestionKind.SCALE, true, null, List.of(), null, null),
                            question("yn", 1, QuestionKind.YES_NO, true, null, List.of(), null, null),
                            question("why", 1, QuestionKind.SHORT_TEXT, true, null, List.of(), "yn", "NO"),
                            question(
                                    "multi",
                                    2,
                                    QuestionKind.MULTIPLE_CHOICE,
                                    false,
                                    2,
                                    options("a", "b", "c"),
                                    null,
                                    null),
                            question("rank", 2, QuestionKind.RANKING, false, null, options("x", "y", "z"), null, null),
                            question("long", 2, QuestionKind.LONG_TEXT, false, null, List.of(), null, null),
                            question(
                                    "single",
                                    2,
                                    QuestionKind.SINGLE_CHOICE,
                                    true,
                                    null,
                                    options("s1", "s2"),
                                    null,
                                    null),
                            question("later", 2, QuestionKind.SHORT_TEXT, false, null, List.of(), "yn", "NO"))));
        }
        SurveyDefinition definition = new SurveyDefinition(
                "Enquête d'essai " + UUID.randomUUID().toString().substring(0, 8),
                anonymous,
                changesAllowed,
                opensOn,
                closesOn,
                Map.of(
                        AudienceDimension.TERRITORY,
                        territories.stream().map(String::valueOf).collect(Collectors.toSet())),
                List.of(),
                variants);
        return context.getBean(SurveyImport.class)
                .load(departementId, authorAccountId, definition, SurveyStatus.PUBLISHED, null, Instant.now());
    }

    /** Question ids of a variant by their key order: mood, yn, why, multi, rank, long, single, later. */
    public Map<String, Long> questions(long variantId) {
        List<Long> ids = jdbc.sql("SELECT id FROM survey_question WHERE variant_id = :v ORDER BY page, position")
                .param("v", variantId)
                .query(Long.class)
                .list();
        List<String> keys = List.of("mood", "yn", "why", "multi", "rank", "long", "single", "later");
        Map<String, Long> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), ids.get(i));
        }
        return byKey;
    }

    private static Question question(
            String key,
            int page,
            QuestionKind kind,
            boolean required,
            @Nullable Integer max,
            List<Option> options,
            @Nullable String shownIfKey,
            @Nullable String shownIfOption) {
        return new Question(
                key, page, kind, "Question " + key, null, required, max, null, options, shownIfKey, shownIfOption);
    }

    private static List<Option> options(String... codes) {
        return Arrays.stream(codes).map(c -> new Option(c, "Réponse " + c)).toList();
    }

    private String name(String table, long id) {
        return jdbc.sql("SELECT CONCAT(first_name, ' ', last_name) FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
