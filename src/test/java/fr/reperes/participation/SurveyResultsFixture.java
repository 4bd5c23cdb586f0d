package fr.reperes.participation;

import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.SurveyImport;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A survey of the demo département for young people of 16-21 and parents, measuring two indicators (SAFE, a scale;
 * HELP, a multiple choice) plus a long text, and finished sheets written directly (the answering service is not
 * needed to test results): random 16-byte ids, finished, and a participation row per person when one is given.
 */
public final class SurveyResultsFixture {

    /** The title of the surveys that ask Lina and Karim (the only test surveys that ask a demo persona). */
    public static final String GIVEN_BACK_TITLE = "Se sentir en sécurité, rendu ";

    public static final List<String> HELP = List.of("REFERENT", "FAMILY", "FRIENDS", "NOBODY");

    public final JdbcClient jdbc;
    public final Viewer yanis;
    public final long surveyId;
    public final long youngVariant;
    public final long parentsVariant;
    /** Questions of each variant in order: scale, multiple choice, long text. */
    public final List<Long> youngQuestions;

    public final List<Long> parentsQuestions;
    public final List<Long> territories;
    private final SecureRandom ids = new SecureRandom();

    /** A survey asking no demo persona (its audience: the territories where none lives). */
    public SurveyResultsFixture(ApplicationContext context, boolean anonymous) {
        this(context, anonymous, false);
    }

    /**
     * With {@code askingLina}, a survey asking Lina and Karim and no other persona (tests of what is given back), its
     * title starting with {@link #GIVEN_BACK_TITLE}; otherwise one asking no persona.
     */
    public SurveyResultsFixture(ApplicationContext context, boolean anonymous, boolean askingLina) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.yanis = TestSignIn.viewer(context, "yanis");
        SurveyDefinition definition = new SurveyDefinition(
                (askingLina ? GIVEN_BACK_TITLE : "Se sentir en sécurité ") + ids.nextInt(1_000_000),
                anonymous,
                false,
                null,
                null,
                askingLina ? SurveyFixtures.askingLinaAndKarim(context) : SurveyFixtures.awayFromPersonas(context),
                List.of(
                        new SurveyDefinition.Indicator("SAFE", "Se sentir en sécurité"),
                        new SurveyDefinition.Indicator("HELP", "À qui demander de l'aide")),
                List.of(variant(SurveyBand.YOUNG_16_21, "Te sens-tu"), variant(SurveyBand.PARENTS, "Votre enfant")));
        SurveyImport.Loaded loaded = context.getBean(SurveyImport.class)
                .load(
                        Objects.requireNonNull(yanis.departementId()),
                        Objects.requireNonNull(yanis.accountId()),
                        definition,
                        SurveyStatus.PUBLISHED,
                        null,
                        context.getBean(Clock.class).instant());
        this.surveyId = loaded.surveyId();
        this.youngVariant = loaded.variantIds().get(SurveyBand.YOUNG_16_21.name());
        this.parentsVariant = loaded.variantIds().get(SurveyBand.PARENTS.name());
        this.youngQuestions = questions(youngVariant);
        this.parentsQuestions = questions(parentsVariant);
        this.territories = jdbc.sql("SELECT id FROM dossier_territory_view WHERE departement_id = :d ORDER BY id")
                .param("d", yanis.departementId())
                .query(Long.class)
                .list();
    }

    private static SurveyDefinition.Variant variant(SurveyBand band, String words) {
        return new SurveyDefinition.Variant(
                band,
                words,
                "Quelques questions.",
                List.of(
                        new SurveyDefinition.Question(
                                "safe",
                                1,
                                QuestionKind.SCALE,
                                words + " en sécurité ?",
                                null,
                                true,
                                null,
                                "SAFE",
                                List.of(),
                                null,
                                null),
                        new SurveyDefinition.Question(
                                "help",
                                1,
                                QuestionKind.MULTIPLE_CHOICE,
                                "À qui demander de l'aide ?",
                                null,
                                false,
                                4,
                                "HELP",
                                HELP.stream()
                                        .map(code -> new SurveyDefinition.Option(code, code.toLowerCase()))
                                        .toList(),
                                null,
                                null),
                        new SurveyDefinition.Question(
                                "words",
                                2,
                                QuestionKind.LONG_TEXT,
                                "Autre chose ?",
                                null,
                                false,
                                null,
                                null,
                                List.of(),
                                null,
                                null)));
    }

    private List<Long> questions(long variantId) {
        return jdbc.sql("SELECT id FROM survey_question WHERE variant_id = :v ORDER BY page, position")
                .param("v", variantId)
                .query(Long.class)
                .list();
    }

    public void close() {
        jdbc.sql("UPDATE survey SET status = 'CLOSED' WHERE id = :s")
                .param("s", surveyId)
                .update();
    }

    /** One finished sheet: its scale answer (null: skipped), the options chosen, a text (null: none). */
    public record Sheet(
            long variantId,
            @Nullable Long territoryId,
            @Nullable Integer scale,
            Set<String> help,
            @Nullable String text,
            @Nullable String personKey) {}

    /** Writes sheets and their answers in a few multi-row statements; participation rows for those with a person. */
    public void write(List<Sheet> sheets) {
        int chunk = 500;
        for (int from = 0; from < sheets.size(); from += chunk) {
            List<Sheet> part = sheets.subList(from, Math.min(sheets.size(), from + chunk));
            StringBuilder sheetRows = new StringBuilder();
            StringBuilder answerRows = new StringBuilder();
            List<String> participations = new ArrayList<>();
            for (Sheet sheet : part) {
                byte[] id = new byte[16];
                ids.nextBytes(id);
                String hex = "X'" + HexFormat.of().formatHex(id) + "'";
                boolean young = sheet.variantId() == youngVariant;
                List<Long> questions = young ? youngQuestions : parentsQuestions;
                append(sheetRows, "(" + hex + ", " + sheet.variantId() + ", " + sheet.territoryId() + ", TRUE)");
                if (sheet.scale() != null) {
                    append(
                            answerRows,
                            "(" + hex + ", " + questions.get(0) + ", 0, '" + sheet.scale() + "', NULL, NULL)");
                }
                for (String code : sheet.help()) {
                    append(
                            answerRows,
                            "(" + hex + ", " + questions.get(1) + ", " + (HELP.indexOf(code) + 1) + ", '" + code
                                    + "', NULL, NULL)");
                }
                if (sheet.text() != null) {
                    append(
                            answerRows,
                            "(" + hex + ", " + questions.get(2) + ", 0, NULL, '"
                                    + sheet.text().replace("'", "''") + "', 'PENDING')");
                }
                if (sheet.personKey() != null) {
                    participations.add(sheet.personKey());
                }
            }
            jdbc.sql("INSERT INTO survey_sheet (id, variant_id, territory_id, finished) VALUES " + sheetRows)
                    .update();
            if (!answerRows.isEmpty()) {
                jdbc.sql("INSERT INTO survey_answer (sheet_id, question_id, item, option_code, text_value, text_review)"
                                + " VALUES " + answerRows)
                        .update();
            }
            for (String person : participations) {
                jdbc.sql("INSERT INTO survey_participation (survey_id, person_key) VALUES (:s, :p)")
                        .param("s", surveyId)
                        .param("p", person)
                        .update();
            }
        }
    }

    private static void append(StringBuilder rows, String row) {
        if (!rows.isEmpty()) {
            rows.append(", ");
        }
        rows.append(row);
    }

    /** {@code count} random sheets of young people and parents over the territories. */
    public List<Sheet> random(Random random, int count) {
        List<Sheet> sheets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean young = random.nextInt(4) > 0;
            Long territory = random.nextInt(10) == 0 ? null : territories.get(random.nextInt(territories.size()));
            Integer scale =
                    random.nextInt(10) == 0 ? null : 1 + (int) Math.min(4, Math.abs(random.nextGaussian() * 1.5));
            List<String> help = new ArrayList<>();
            for (String code : HELP) {
                if (random.nextInt(3) == 0) {
                    help.add(code);
                }
            }
            String text = random.nextInt(8) == 0 ? "Texte " + random.nextInt(1000) : null;
            sheets.add(
                    new Sheet(young ? youngVariant : parentsVariant, territory, scale, Set.copyOf(help), text, null));
        }
        return sheets;
    }
}
