package fr.reperes.participation;

import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.SurveyInformation;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.suppression.IndicatorCell;
import fr.reperes.platform.suppression.SmallCellSuppression;
import fr.reperes.platform.suppression.SmallCellSuppression.ThreeWay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results: for its authors (counts per option by group, filters, free texts to moderate, publishing the
 * results with the département's response) and for those it asked (the results given back). Every number shown
 * passes {@link SmallCellSuppression}; a withheld one is absent, never 0. Only texts an author made PUBLISHABLE
 * leave the moderation list. Set-based: a page of results is a fixed number of grouped statements whatever the number
 * of answers (SurveyResultsTest counts them).
 *
 * <p><b>One table, several views.</b> Each indicator (its questions in every band combined), and each question that
 * measures none, is protected as ONE table options × (band × territory) with every margin (per band, per territory,
 * per band and territory, per option, the grand total), at once ({@link SmallCellSuppression#protectThreeWay}). Every
 * view reads its numbers there: all together, by territory, by band, one band, one territory, one band's questions,
 * the exports of those pages, the page given back to a band, and the observatory's figures. A number is never shown in
 * one view and withheld in another, and comparing "all bands" with "one band" gives nothing back that the one
 * protected table does not (SurveyResultsTest, SmallCellSuppressionThreeWayAttackTest). A band or a territory nobody
 * answered in is left out as a structural zero (its absence tells that nobody answered there). Protection is a pure
 * function of the numbers and is remembered, so that reading a page again costs no linear program.
 */
@Service
public class SurveyResults {

    private static final Logger log = LoggerFactory.getLogger(SurveyResults.class);

    /** Longest département response: a few paragraphs. */
    public static final int LONGEST_RESPONSE = 4000;

    private final JdbcClient jdbc;
    private final SurveyAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyResults(JdbcClient jdbc, SurveyAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** How the columns of a question's table are split. */
    public enum Grouping {
        NONE,
        TERRITORY,
        BAND
    }

    /**
     * What the author asks for: a published version (null: the latest), a band (null: every band, questions combined
     * through their indicators), a territory (null: all), and the columns.
     */
    public record Filter(
            @Nullable Long versionId,
            @Nullable SurveyBand band,
            @Nullable Long territoryId,
            Grouping grouping) {

        public static Filter everything() {
            return new Filter(null, null, null, Grouping.NONE);
        }
    }

    /** A free-text answer's review: PENDING until an author reads it. */
    public enum TextReview {
        PENDING,
        PUBLISHABLE,
        HIDDEN,
        /** Revealed a danger to a child: passed to the CRIP, hidden for good. */
        ROUTED
    }

    public record Version(long id, int number) {}

    /** A column: a territory (code its id, 0 for "not recorded") or a band (code its name). */
    public record Group(String code, String name) {}

    /** An option's counts: one cell per group, and over all groups. */
    public record OptionCount(String code, String label, List<IndicatorCell> cells, IndicatorCell total) {}

    /**
     * A question (or an indicator, when bands are combined) and its protected table. For a text question, no option:
     * only how many answered. {@code respondents}: those who answered it, per group and in all.
     */
    public record QuestionResult(
            String key,
            QuestionKind kind,
            String text,
            @Nullable String indicator,
            List<OptionCount> options,
            List<IndicatorCell> respondents,
            IndicatorCell allRespondents) {}

    /**
     * The author's page. {@code sheets}: finished sheets in the filter (protected like any count). Before the survey is
     * CLOSED, no count at all: no group, no sheet, no question.
     */
    public record Page(
            long surveyId,
            String title,
            SurveyStatus status,
            boolean anonymous,
            List<Version> versions,
            long versionId,
            List<SurveyBand> bands,
            Filter filter,
            List<Group> groups,
            IndicatorCell sheets,
            List<QuestionResult> questions,
            @Nullable Instant resultsPublishedAt,
            @Nullable String departementResponse) {}

    /**
     * A free-text answer for moderation. {@code token} names it for the review (a hash of its sheet and question, and
     * one of its text so that the decision binds to the words read; so
     * that two texts of one sheet share nothing visible); the list is in no order of arrival.
     */
    public record FreeText(String token, long questionId, String question, String text, TextReview review) {}

    /** A text an author made publishable, given back with its question. */
    public record PublishedText(String question, String text) {}

    /** What those the survey asked read once the results are published. */
    public record GivenBack(
            String title,
            @Nullable SurveyBand band,
            Instant publishedAt,
            String response,
            IndicatorCell sheets,
            List<QuestionResult> questions,
            List<PublishedText> texts) {}

    /** The author's results page. */
    @Transactional(readOnly = true)
    public Page results(Viewer viewer, long surveyId, Filter filter) {
        access.require(viewer, surveyId, SurveyInformation.RESULTS);
        Header header = header(surveyId);
        Versions versions = versions(surveyId);
        Long versionId = filter.versionId() != null && versions.bands().containsKey(filter.versionId())
                ? filter.versionId()
                : versions.latest();
        // Counted only once the survey is closed (and tidied in the same transaction): counts read while answers
        // arrive, compared from one moment to the next, would give one person's answers (docs/survey-anonymity.md).
        if (versionId == null || header.status() != SurveyStatus.CLOSED) {
            return new Page(
                    surveyId,
                    header.title(),
                    header.status(),
                    header.anonymous(),
                    List.of(),
                    0,
                    List.of(),
                    filter,
                    List.of(),
                    IndicatorCell.of(null, null),
                    List.of(),
                    header.resultsPublishedAt(),
                    header.response());
        }
        List<SurveyBand> bands = List.copyOf(versions.variants(versionId).keySet());
        Tables tables =
                tables(versionId, filter.band(), filter.territoryId(), filter.grouping(), viewer.departementId());
        return new Page(
                surveyId,
                header.title(),
                header.status(),
                header.anonymous(),
                versions.list(),
                versionId,
                bands,
                filter,
                tables.groups(),
                tables.sheets(),
                tables.questions(),
                header.resultsPublishedAt(),
                header.response());
    }

    /**
     * The free-text answers, for the author's moderation list; all reviews, or one. Texts of unfinished sheets are
     * listed too (a danger written by someone who never tapped "Terminer" is read before the close deletes their
     * sheet; they carry no person). A text arrives here with its day's batch (PENDING), never as it is typed (NEW).
     */
    @Transactional(readOnly = true)
    public List<FreeText> texts(Viewer viewer, long surveyId, @Nullable TextReview review) {
        access.require(viewer, surveyId, SurveyInformation.RESULTS);
        return jdbc.sql("SELECT q.id, q.text AS question, a.text_value, COALESCE(a.text_review, 'PENDING') AS review, "
                        + TOKEN + " AS token"
                        + " FROM survey_answer a"
                        + " JOIN survey_question q ON q.id = a.question_id"
                        + " JOIN survey_variant v ON v.id = q.variant_id"
                        + " JOIN survey_version sv ON sv.id = v.version_id"
                        + " WHERE sv.survey_id = :survey AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT')"
                        + " AND a.text_value IS NOT NULL AND a.text_value <> ''"
                        + " AND COALESCE(a.text_review, 'PENDING') <> 'NEW'"
                        + (review == null ? "" : " AND COALESCE(a.text_review, 'PENDING') = :review")
                        + " ORDER BY q.id, token")
                .param("survey", surveyId)
                .param("review", review == null ? null : review.name())
                .query((rs, n) -> new FreeText(
                        rs.getString("token"),
                        rs.getLong("id"),
                        rs.getString("question"),
                        rs.getString("text_value"),
                        TextReview.valueOf(rs.getString("review"))))
                .list();
    }

    /**
     * Keeps (PUBLISHABLE) or hides (HIDDEN) a free text; a text routed as a danger stays hidden. Routing goes through
     * {@link #routeDanger}.
     */
    @Transactional
    public void review(Viewer viewer, long surveyId, long questionId, String token, TextReview review) {
        access.require(viewer, surveyId, SurveyInformation.RESULTS);
        if (review != TextReview.PUBLISHABLE && review != TextReview.HIDDEN) {
            throw new IllegalArgumentException("keep or hide; a danger is routed");
        }
        int updated = jdbc.sql("UPDATE survey_answer SET text_review = :review WHERE question_id = :question AND "
                        + TOKEN_OF_ROW + " = :token AND (text_review IS NULL OR text_review NOT IN ('ROUTED', 'NEW'))"
                        + " AND question_id IN (SELECT q.id FROM survey_question q"
                        + " JOIN survey_variant v ON v.id = q.variant_id"
                        + " JOIN survey_version sv ON sv.id = v.version_id WHERE sv.survey_id = :survey)")
                .param("review", review.name())
                .param("question", questionId)
                .param("token", token)
                .param("survey", surveyId)
                .update();
        if (updated == 0) {
            refuseChangedText(questionId, token);
        }
    }

    /**
     * Nothing was decided: when the text the token was read from still exists under another wording (the respondent
     * changed it after the list was loaded), the moderator is told to read it again; otherwise nothing is said (a text
     * routed already, or gone).
     */
    private void refuseChangedText(long questionId, String token) {
        int sameSlot = jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE question_id = :question AND " + SLOT_OF_ROW
                        + " = :slot AND text_review <> 'ROUTED'")
                .param("question", questionId)
                .param("slot", slot(token))
                .query(Integer.class)
                .single();
        if (sameSlot > 0) {
            throw new InvalidInputException(Map.of("text", "survey.results.error.text-changed"));
        }
    }

    /** The part of a token that names the (sheet, question), without the text's hash. */
    private static String slot(String token) {
        int dot = token.indexOf('.');
        return dot < 0 ? token : token.substring(0, dot);
    }

    /**
     * A free text that reveals a danger to a child: hidden for good and passed at once to the CRIP (the département's
     * duty address) with the survey's title, the question, and what the sheet carries (its band, its territory if
     * any), never anything that names the writer of an anonymous survey; a named survey's writer is named, as its
     * respondents were told, so that the CRIP can act (docs/survey-anonymity.md, "Danger in free text"). The mail goes
     * out after the commit, once. Routing twice routes once.
     */
    @Transactional
    public void routeDanger(Viewer viewer, long surveyId, long questionId, String token) {
        access.require(viewer, surveyId, SurveyInformation.RESULTS);
        record Found(
                String title,
                String question,
                String band,
                @Nullable String territory,
                String text,
                String review,
                @Nullable String writer) {}
        @Nullable Found found = jdbc.sql("SELECT s.title, q.text AS question, v.band, t.name AS territory, a.text_value,"
                        + " COALESCE(a.text_review, 'PENDING') AS review,"
                        + " CASE WHEN s.anonymous THEN NULL ELSE COALESCE("
                        + "(SELECT CONCAT(yp.first_name, ' ', yp.last_name) FROM dossier_young_person_view yp"
                        + " WHERE CONCAT('Y:', yp.id) = sh.person_key),"
                        + " (SELECT CONCAT(p.first_name, ' ', p.last_name) FROM dossier_parent_view p"
                        + " WHERE CONCAT('P:', p.id) = sh.person_key)) END AS writer"
                        + " FROM survey_answer a"
                        + " JOIN survey_sheet sh ON sh.id = a.sheet_id"
                        + " JOIN survey_question q ON q.id = a.question_id"
                        + " JOIN survey_variant v ON v.id = q.variant_id"
                        + " JOIN survey_version sv ON sv.id = v.version_id"
                        + " JOIN survey s ON s.id = sv.survey_id"
                        + " LEFT JOIN dossier_territory_view t ON t.id = sh.territory_id"
                        + " WHERE s.id = :survey AND a.question_id = :question AND a.text_value IS NOT NULL AND "
                        + TOKEN + " = :token FOR UPDATE")
                .param("survey", surveyId)
                .param("question", questionId)
                .param("token", token)
                .query((rs, n) -> new Found(
                        rs.getString("title"),
                        rs.getString("question"),
                        rs.getString("band"),
                        rs.getString("territory"),
                        rs.getString("text_value"),
                        rs.getString("review"),
                        rs.getString("writer")))
                .optional()
                .orElse(null);
        if (found == null) {
            refuseChangedText(questionId, token);
            throw new InvalidInputException(Map.of("text", "survey.results.error.no-text"));
        }
        if (TextReview.ROUTED.name().equals(found.review())) {
            return;
        }
        jdbc.sql("UPDATE survey_answer SET text_review = 'ROUTED' WHERE question_id = :question AND " + TOKEN_OF_ROW
                        + " = :token")
                .param("question", questionId)
                .param("token", token)
                .update();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO survey_danger_routing (survey_id, survey_title, question_text, band, territory_name,
                            text_value, writer_name, routed_by_account_id, routed_by_name, routed_at)
                        VALUES (:survey, :title, :question, :band, :territory, :text, :writer, :by, :byName, :now)""")
                .param("survey", surveyId)
                .param("title", found.title())
                .param("question", found.question())
                .param("band", found.band())
                .param("territory", found.territory())
                .param("text", found.text())
                .param("writer", found.writer())
                .param("by", viewer.accountId())
                .param("byName", viewer.displayName())
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        long routingId = Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        events.publishEvent(new SurveyDangerMailDue(routingId));
    }

    /**
     * How many of this survey's danger routings have not been mailed to the CRIP yet (no mail server, or a mail server
     * down): the mail is retried, but a child may be waiting, so the authors' page says it and who to call.
     */
    @Transactional(readOnly = true)
    public int unmailedRoutings(Viewer viewer, long surveyId) {
        access.require(viewer, surveyId, SurveyInformation.RESULTS);
        return jdbc.sql("SELECT COUNT(*) FROM survey_danger_routing WHERE survey_id = :s AND mailed_at IS NULL")
                .param("s", surveyId)
                .query(Integer.class)
                .single();
    }

    /**
     * Publishes the results to those the survey asked, with the département's response, once the survey is closed.
     * Publishing again changes the response and keeps the first date.
     */
    @Transactional
    public void publish(Viewer viewer, long surveyId, String response) {
        access.require(viewer, surveyId, SurveyInformation.RESULTS);
        String text = response.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Map.of("response", "survey.results.error.response-required"));
        }
        if (text.length() > LONGEST_RESPONSE) {
            throw new InvalidInputException(Map.of("response", "survey.results.error.response-too-long"));
        }
        int updated = jdbc.sql("UPDATE survey SET departement_response = :response,"
                        + " results_published_at = COALESCE(results_published_at, :now)"
                        + " WHERE id = :survey AND status = 'CLOSED'")
                .param("response", text)
                .param("now", Timestamp.from(clock.instant()))
                .param("survey", surveyId)
                .update();
        if (updated == 0) {
            throw new InvalidInputException(Map.of("response", "survey.results.error.not-closed"));
        }
    }

    /**
     * The results given back to a young person or parent the survey asked, once published: the questions of their
     * band's variant in the latest version, counts over all who answered it, the texts made publishable, and the
     * département's response.
     *
     * @throws ResultsNotPublishedException before the results are published
     */
    @Transactional(readOnly = true)
    public GivenBack givenBack(Viewer viewer, long surveyId) {
        access.require(viewer, surveyId, SurveyInformation.GIVEN_BACK);
        Header header = header(surveyId);
        if (header.resultsPublishedAt() == null
                || header.response() == null
                || header.status() != SurveyStatus.CLOSED) {
            throw new ResultsNotPublishedException();
        }
        SurveyBand band = respondentBand(viewer, surveyId);
        Versions versions = versions(surveyId);
        Long versionId = versions.latest();
        Long variantId = versionId == null || band == null
                ? null
                : versions.variants(versionId).get(band);
        // Their band's questions, or (no variant for their band: they aged into another since) the combined
        // indicators; either way views of the one protected table per indicator that the authors' screen reads.
        Tables tables = versionId == null
                ? new Tables(WITHHELD, List.of(), List.of(), List.of())
                : tables(versionId, variantId == null ? null : band, null, Grouping.NONE, viewer.departementId());
        return new GivenBack(
                header.title(),
                band,
                Objects.requireNonNull(header.resultsPublishedAt()),
                Objects.requireNonNull(header.response()),
                tables.sheets(),
                tables.questions(),
                variantId == null ? publishedTexts(surveyId, null) : publishedTexts(surveyId, variantId));
    }

    /** The respondent's band today; a young person past every band reads the combined indicators. */
    private @Nullable SurveyBand respondentBand(Viewer viewer, long surveyId) {
        try {
            return access.requireRespondent(viewer, surveyId).band();
        } catch (AccessRefusedException outOfBands) {
            return null;
        }
    }

    // --- shared with SurveyFigures --------------------------------------------------------------------------------

    private static final List<Group> ALL = List.of(new Group("", ""));

    /**
     * What names a text answer on the moderation screen: SHA-256 of its sheet and question, hex, then "." and SHA-256
     * of the text itself, so that a decision binds to the words the moderator read: a text changed since is not kept,
     * hidden or routed on a decision about other words.
     */
    private static final String TOKEN =
            "CONCAT(SHA2(CONCAT(HEX(a.sheet_id), ':', a.question_id), 256), '.'," + " SHA2(a.text_value, 256))";

    private static final String TOKEN_OF_ROW =
            "CONCAT(SHA2(CONCAT(HEX(sheet_id), ':', question_id), 256), '.', SHA2(text_value, 256))";

    private static final String SLOT_OF_ROW = "SHA2(CONCAT(HEX(sheet_id), ':', question_id), 256)";

    private List<PublishedText> publishedTexts(long surveyId, @Nullable Long variantId) {
        return jdbc.sql("SELECT q.text AS question, a.text_value FROM survey_answer a"
                        + " JOIN survey_sheet sh ON sh.id = a.sheet_id AND sh.finished"
                        + " JOIN survey_question q ON q.id = a.question_id"
                        + " JOIN survey_variant v ON v.id = q.variant_id"
                        + " JOIN survey_version sv ON sv.id = v.version_id"
                        + " WHERE sv.survey_id = :survey AND a.text_review = 'PUBLISHABLE'"
                        + (variantId == null ? "" : " AND v.id = :variant")
                        + " ORDER BY q.page, q.position, " + TOKEN)
                .param("survey", surveyId)
                .param("variant", variantId)
                .query((rs, n) -> new PublishedText(rs.getString("question"), rs.getString("text_value")))
                .list();
    }

    private record Header(
            String title,
            SurveyStatus status,
            boolean anonymous,
            @Nullable Instant resultsPublishedAt,
            @Nullable String response) {}

    private Header header(long surveyId) {
        return jdbc.sql("SELECT title, status, anonymous, results_published_at, departement_response"
                        + " FROM survey WHERE id = :survey")
                .param("survey", surveyId)
                .query((rs, n) -> {
                    Timestamp published = rs.getTimestamp("results_published_at");
                    return new Header(
                            rs.getString("title"),
                            SurveyStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("anonymous"),
                            published == null ? null : published.toInstant(),
                            rs.getString("departement_response"));
                })
                .single();
    }

    /** Published versions, newest first, and each one's variants by band. */
    private record Versions(List<Version> list, Map<Long, Map<SurveyBand, Long>> bands) {
        @Nullable Long latest() {
            return list.isEmpty() ? null : list.getFirst().id();
        }

        Map<SurveyBand, Long> variants(long versionId) {
            return bands.getOrDefault(versionId, Map.of());
        }
    }

    private Versions versions(long surveyId) {
        List<Version> list = new ArrayList<>();
        Map<Long, Map<SurveyBand, Long>> bands = new HashMap<>();
        jdbc.sql("SELECT sv.id, sv.number, v.id AS variant, v.band FROM survey_version sv"
                        + " LEFT JOIN survey_variant v ON v.version_id = sv.id"
                        + " WHERE sv.survey_id = :survey AND sv.published_at IS NOT NULL"
                        + " ORDER BY sv.id DESC, v.band")
                .param("survey", surveyId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!bands.containsKey(id)) {
                        list.add(new Version(id, rs.getInt("number")));
                        bands.put(id, new EnumMap<>(SurveyBand.class));
                    }
                    String band = rs.getString("band");
                    if (band != null) {
                        bands.get(id).put(SurveyBand.valueOf(band), rs.getLong("variant"));
                    }
                });
        return new Versions(List.copyOf(list), bands);
    }

    /** The territories an author may filter the results on, by name, whatever the grouping shown. */
    @Transactional(readOnly = true)
    public List<Group> territoryChoices(Viewer viewer, long surveyId) {
        access.require(viewer, surveyId, SurveyInformation.RESULTS);
        return territories(viewer.departementId()).stream()
                .filter(g -> !g.code().equals("0"))
                .toList();
    }

    /** The département's territories by name, then "not recorded" (code 0): the columns of the table by territory. */
    private List<Group> territories(@Nullable Long departementId) {
        List<Group> territories = new ArrayList<>(
                jdbc.sql("SELECT id, name FROM dossier_territory_view WHERE departement_id = :d ORDER BY name")
                        .param("d", departementId)
                        .query((rs, n) -> new Group(Long.toString(rs.getLong("id")), rs.getString("name")))
                        .list());
        territories.add(new Group("0", ""));
        return List.copyOf(territories);
    }

    /**
     * What one table covers: an indicator (its questions in every band combined, key "i" + id) or a question that
     * measures none (key "q" + id, asked in its band only), and its protected table options × bands × territories.
     */
    record Item(
            String key,
            QuestionKind kind,
            String label,
            @Nullable String indicator,
            List<String> codes,
            List<String> labels,
            boolean[][] offered,
            ThreeWay table) {}

    /** An item whose table is being protected. */
    private record PendingItem(
            String key,
            QuestionKind kind,
            String label,
            @Nullable String indicator,
            List<String> codes,
            List<String> labels,
            boolean[][] offered,
            CompletableFuture<ThreeWay> table) {

        Item done() {
            return new Item(key, kind, label, indicator, codes, labels, offered, table.join());
        }
    }

    /** A question of a band's variant, in page order, and the item that holds its numbers. */
    record BandQuestion(SurveyBand band, long questionId, String key, String text) {}

    /**
     * A version's protected tables, from which every view is read: its bands, the territories anybody answered in,
     * the finished sheets by band and territory, and its items (indicators first, in their order).
     */
    record Master(
            long versionId,
            List<SurveyBand> bands,
            List<Group> territories,
            List<Group> allTerritories,
            ThreeWay sheets,
            Map<String, Item> items,
            List<BandQuestion> questions) {}

    /** An item: an indicator's, or a question's when it measures none. */
    private static final String ITEM =
            "CASE WHEN q.indicator_id IS NULL THEN CONCAT('q', q.id) ELSE CONCAT('i', q.indicator_id) END";

    private static final String TERRITORY = "CAST(COALESCE(sh.territory_id, 0) AS CHAR)";

    /**
     * The protected tables of several versions at once: five statements whatever the number of versions, questions
     * and answers (the territories, the definitions, the option counts, the respondents, the sheets), each grouped
     * by version, item, band and territory. Each indicator, and each question without one, is protected as ONE table
     * options × (band × territory) with every margin: "all bands" next to "one band", or a territory next to all of
     * them, are views of the same protected numbers and give nothing back by difference.
     */
    Map<Long, Master> masters(Collection<Long> versionIds, @Nullable Long departementId) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        List<Group> allTerritories = territories(departementId);
        Map<String, Integer> territoryIndex = new HashMap<>();
        for (int i = 0; i < allTerritories.size(); i++) {
            territoryIndex.put(allTerritories.get(i).code(), i);
        }
        int territoryCount = allTerritories.size();
        // 1. The definitions: variants, questions, options.
        record Question(long id, String key, QuestionKind kind, String text) {}
        record Definition(
                Map<SurveyBand, List<Question>> questions,
                Map<String, Map<String, String>> options,
                Map<String, Map<String, EnumSet<SurveyBand>>> offeredBy,
                Map<String, String> indicatorLabels,
                Map<String, String> indicatorCodes,
                Map<String, Long> indicatorIds) {}
        Map<Long, Definition> definitions = new LinkedHashMap<>();
        for (long versionId : versionIds) {
            definitions.put(
                    versionId,
                    new Definition(
                            new EnumMap<>(SurveyBand.class),
                            new LinkedHashMap<>(),
                            new HashMap<>(),
                            new HashMap<>(),
                            new HashMap<>(),
                            new HashMap<>()));
        }
        jdbc.sql("SELECT v.version_id, v.band, q.id, " + ITEM + " AS item, q.kind, q.text, q.indicator_id,"
                        + " i.code AS indicator, i.label AS indicator_label, o.code, o.label"
                        + " FROM survey_variant v LEFT JOIN survey_question q ON q.variant_id = v.id"
                        + " LEFT JOIN survey_indicator i ON i.id = q.indicator_id"
                        + " LEFT JOIN survey_option o ON o.question_id = q.id"
                        + " WHERE v.version_id IN (:versions)"
                        + " ORDER BY v.version_id, v.band, q.page, q.position, o.position")
                .param("versions", versionIds)
                .query(rs -> {
                    Definition definition = definitions.get(rs.getLong("version_id"));
                    if (definition == null) {
                        return;
                    }
                    SurveyBand band = SurveyBand.valueOf(rs.getString("band"));
                    List<Question> questions = definition.questions().computeIfAbsent(band, b -> new ArrayList<>());
                    String key = rs.getString("item");
                    if (key == null) {
                        return; // a variant without questions
                    }
                    long id = rs.getLong("id");
                    if (questions.isEmpty() || questions.getLast().id() != id) {
                        questions.add(new Question(
                                id, key, QuestionKind.valueOf(rs.getString("kind")), rs.getString("text")));
                    }
                    definition.options().computeIfAbsent(key, k -> new LinkedHashMap<>());
                    if (key.startsWith("i")) {
                        definition.indicatorLabels().putIfAbsent(key, rs.getString("indicator_label"));
                        definition.indicatorCodes().putIfAbsent(key, rs.getString("indicator"));
                        definition.indicatorIds().putIfAbsent(key, rs.getLong("indicator_id"));
                    }
                    String code = rs.getString("code");
                    if (code != null) {
                        definition.options().get(key).putIfAbsent(code, rs.getString("label"));
                        definition
                                .offeredBy()
                                .computeIfAbsent(key, k -> new HashMap<>())
                                .computeIfAbsent(code, c -> EnumSet.noneOf(SurveyBand.class))
                                .add(band);
                    }
                });
        // 2. Option counts per (version, item, band, territory, option). A ranking counts first places.
        record Cell(long version, String key, SurveyBand band, int territory) {}
        Map<Cell, Map<String, Integer>> counts = new HashMap<>();
        String from = " FROM survey_answer a JOIN survey_sheet sh ON sh.id = a.sheet_id AND sh.finished"
                + " JOIN survey_variant v ON v.id = sh.variant_id"
                + " JOIN survey_question q ON q.id = a.question_id AND q.variant_id = v.id"
                + " WHERE v.version_id IN (:versions)";
        jdbc.sql("SELECT v.version_id, " + ITEM + " AS item, v.band, " + TERRITORY + " AS territory, a.option_code,"
                        + " COUNT(*) AS n" + from
                        + " AND a.option_code IS NOT NULL AND (q.kind <> 'RANKING' OR a.item = 1)"
                        + " GROUP BY 1, 2, 3, 4, 5")
                .param("versions", versionIds)
                .query(rs -> {
                    Integer territory = territoryIndex.get(rs.getString("territory"));
                    if (territory != null) {
                        counts.computeIfAbsent(
                                        new Cell(
                                                rs.getLong("version_id"),
                                                rs.getString("item"),
                                                SurveyBand.valueOf(rs.getString("band")),
                                                territory),
                                        c -> new HashMap<>())
                                .merge(rs.getString("option_code"), rs.getInt("n"), Integer::sum);
                    }
                });
        // 3. Respondents of each item: distinct sheets that answered it.
        Map<Cell, Integer> respondents = new HashMap<>();
        jdbc.sql("SELECT v.version_id, " + ITEM + " AS item, v.band, " + TERRITORY + " AS territory,"
                        + " COUNT(DISTINCT a.sheet_id) AS n" + from + " GROUP BY 1, 2, 3, 4")
                .param("versions", versionIds)
                .query(rs -> {
                    Integer territory = territoryIndex.get(rs.getString("territory"));
                    if (territory != null) {
                        respondents.merge(
                                new Cell(
                                        rs.getLong("version_id"),
                                        rs.getString("item"),
                                        SurveyBand.valueOf(rs.getString("band")),
                                        territory),
                                rs.getInt("n"),
                                Integer::sum);
                    }
                });
        // 4. Finished sheets per (version, band, territory).
        Map<Cell, Integer> sheets = new HashMap<>();
        jdbc.sql("SELECT v.version_id, v.band, " + TERRITORY + " AS territory, COUNT(*) AS n FROM survey_sheet sh"
                        + " JOIN survey_variant v ON v.id = sh.variant_id"
                        + " WHERE sh.finished AND v.version_id IN (:versions) GROUP BY 1, 2, 3")
                .param("versions", versionIds)
                .query(rs -> {
                    Integer territory = territoryIndex.get(rs.getString("territory"));
                    if (territory != null) {
                        sheets.merge(
                                new Cell(
                                        rs.getLong("version_id"),
                                        "",
                                        SurveyBand.valueOf(rs.getString("band")),
                                        territory),
                                rs.getInt("n"),
                                Integer::sum);
                    }
                });
        Map<Long, Master> masters = new LinkedHashMap<>();
        for (Map.Entry<Long, Definition> entry : definitions.entrySet()) {
            long version = entry.getKey();
            Definition definition = entry.getValue();
            try {
                List<SurveyBand> bands = List.copyOf(definition.questions().keySet());
                if (bands.isEmpty()) {
                    continue;
                }
                // A territory nobody answered in is a structural zero, left out rather than protected: withholding it
                // would make the others' totals give it back, and hide the whole table for a survey answered in a few.
                int[] kept = IntStream.range(0, territoryCount)
                        .filter(t ->
                                bands.stream().anyMatch(b -> sheets.getOrDefault(new Cell(version, "", b, t), 0) > 0))
                        .toArray();
                if (kept.length == 0) {
                    kept = IntStream.range(0, territoryCount).toArray();
                }
                int[] columns = kept;
                int[][] sheetCounts = new int[bands.size()][columns.length];
                for (int b = 0; b < bands.size(); b++) {
                    for (int t = 0; t < columns.length; t++) {
                        sheetCounts[b][t] = sheets.getOrDefault(new Cell(version, "", bands.get(b), columns[t]), 0);
                    }
                }
                // A band nobody answered in is a structural zero too, like a territory: counted as known, so that the
                // bands that answered are not withheld to protect its zeros.
                boolean[] answeredBand = new boolean[bands.size()];
                for (int b = 0; b < bands.size(); b++) {
                    answeredBand[b] = Arrays.stream(sheetCounts[b]).sum() > 0;
                }
                ThreeWay sheetTable =
                        protectedTable(false, answeredBand, new boolean[0][], sheetCounts, new int[0][][]);
                // Items: indicators in their order, then the questions without one.
                Map<String, Question> firstQuestion = new LinkedHashMap<>();
                List<BandQuestion> bandQuestions = new ArrayList<>();
                Map<String, EnumSet<SurveyBand>> askedBy = new HashMap<>();
                Map<String, Boolean> multiple = new HashMap<>();
                for (Map.Entry<SurveyBand, List<Question>> variant :
                        definition.questions().entrySet()) {
                    for (Question question : variant.getValue()) {
                        firstQuestion.putIfAbsent(question.key(), question);
                        bandQuestions.add(
                                new BandQuestion(variant.getKey(), question.id(), question.key(), question.text()));
                        askedBy.computeIfAbsent(question.key(), k -> EnumSet.noneOf(SurveyBand.class))
                                .add(variant.getKey());
                        multiple.merge(
                                question.key(), question.kind() == QuestionKind.MULTIPLE_CHOICE, Boolean::logicalOr);
                    }
                }
                List<String> keys = new ArrayList<>(firstQuestion.keySet());
                keys.sort(Comparator.<String>comparingInt(k -> k.startsWith("i") ? 0 : 1)
                        .thenComparingLong(k -> definition.indicatorIds().getOrDefault(k, 0L)));
                Map<String, PendingItem> pending = new LinkedHashMap<>();
                for (String key : keys) {
                    Question first = Objects.requireNonNull(firstQuestion.get(key));
                    Map<String, String> options = definition.options().getOrDefault(key, Map.of());
                    boolean text = first.kind().text() || options.isEmpty();
                    List<String> codes = text ? List.of() : List.copyOf(options.keySet());
                    boolean[] asked = new boolean[bands.size()];
                    boolean[][] offered = new boolean[codes.size()][bands.size()];
                    int[][] answered = new int[bands.size()][columns.length];
                    int[][][] chosen = new int[codes.size()][bands.size()][columns.length];
                    for (int b = 0; b < bands.size(); b++) {
                        SurveyBand band = bands.get(b);
                        asked[b] = answeredBand[b]
                                && askedBy.getOrDefault(key, EnumSet.noneOf(SurveyBand.class))
                                        .contains(band);
                        for (int o = 0; o < codes.size(); o++) {
                            offered[o][b] = definition
                                    .offeredBy()
                                    .getOrDefault(key, Map.of())
                                    .getOrDefault(codes.get(o), EnumSet.noneOf(SurveyBand.class))
                                    .contains(band);
                        }
                        for (int t = 0; t < columns.length; t++) {
                            Cell cell = new Cell(version, key, band, columns[t]);
                            answered[b][t] = respondents.getOrDefault(cell, 0);
                            Map<String, Integer> byOption = counts.getOrDefault(cell, Map.of());
                            for (int o = 0; o < codes.size(); o++) {
                                chosen[o][b][t] = byOption.getOrDefault(codes.get(o), 0);
                            }
                        }
                    }
                    // Two questions of one band on one indicator (or a mix of kinds) may count a sheet twice: such a
                    // table is read as shares of its respondents, never as a sum that no longer adds up, and no option
                    // counts more than its cohort.
                    boolean overlapping = false;
                    for (int b = 0; b < bands.size(); b++) {
                        for (int t = 0; t < columns.length; t++) {
                            int sum = 0;
                            for (int o = 0; o < codes.size(); o++) {
                                sum += chosen[o][b][t];
                                answered[b][t] = Math.max(answered[b][t], chosen[o][b][t]);
                            }
                            overlapping |= sum > answered[b][t];
                        }
                    }
                    boolean multipleChoice = !text && (multiple.getOrDefault(key, false) || overlapping);
                    // The tables are independent: protected side by side, on the machine's cores.
                    CompletableFuture<ThreeWay> table = CompletableFuture.supplyAsync(
                            () -> protectedTable(multipleChoice, asked, offered, answered, chosen));
                    boolean indicator = key.startsWith("i");
                    pending.put(
                            key,
                            new PendingItem(
                                    key,
                                    multipleChoice ? QuestionKind.MULTIPLE_CHOICE : first.kind(),
                                    indicator
                                            ? definition.indicatorLabels().getOrDefault(key, first.text())
                                            : first.text(),
                                    indicator ? definition.indicatorCodes().get(key) : null,
                                    codes,
                                    codes.stream().map(options::get).toList(),
                                    offered,
                                    table));
                }
                Map<String, Item> items = new LinkedHashMap<>();
                pending.forEach((key, item) -> items.put(key, item.done()));
                List<Group> territories =
                        Arrays.stream(columns).mapToObj(allTerritories::get).toList();
                masters.put(
                        version,
                        new Master(
                                version,
                                bands,
                                territories,
                                allTerritories,
                                sheetTable,
                                items,
                                List.copyOf(bandQuestions)));
            } catch (IllegalArgumentException inconsistent) {
                // One version's answers that do not add up (a sheet counted twice) must not take every other
                // survey's figures down with it: that version shows none, and the log says why.
                log.warn("Survey version {} has no results: {}", version, inconsistent.getMessage());
            }
        }
        return masters;
    }

    /**
     * The protection is a pure function of the numbers: the same numbers give the same cells, so that a page read
     * again (another filter, the export, the page given back) costs no linear program twice, and never differs.
     */
    private static final int REMEMBERED = 2000;

    private static final Map<String, ThreeWay> PROTECTED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ThreeWay> eldest) {
            return size() > REMEMBERED;
        }
    };

    private static ThreeWay protectedTable(
            boolean multiple, boolean[] asked, boolean[][] offered, int[][] respondents, int[][][] counts) {
        String key = multiple
                + Arrays.toString(asked)
                + Arrays.deepToString(offered)
                + Arrays.deepToString(respondents)
                + Arrays.deepToString(counts);
        synchronized (PROTECTED) {
            ThreeWay known = PROTECTED.get(key);
            if (known != null) {
                return known;
            }
        }
        ThreeWay table = SmallCellSuppression.protectThreeWay(multiple, asked, offered, respondents, counts);
        synchronized (PROTECTED) {
            PROTECTED.put(key, table);
        }
        return table;
    }

    /** A territory asked for that nobody answered in: every number of it is withheld. */
    private static final int NOBODY = -2;

    private static final IndicatorCell WITHHELD = IndicatorCell.of(null, null);

    private static IndicatorCell cell(ThreeWay table, int option, int band, int territory) {
        return territory == NOBODY ? WITHHELD : table.cell(option, band, territory);
    }

    /**
     * One view of a version's protected tables, as the filter asks: a band (null: the indicators, every band
     * combined) or all, a territory or all, the columns. Every number is read from the master tables; none is
     * protected here.
     */
    static Tables view(Master master, @Nullable SurveyBand band, @Nullable Long territoryId, Grouping grouping) {
        int b = band == null ? -1 : master.bands().indexOf(band);
        if (band != null && b < 0) {
            return new Tables(WITHHELD, List.of(WITHHELD), List.of(), ALL);
        }
        int t = -1;
        Group territoryGroup = ALL.getFirst();
        if (territoryId != null) {
            String code = territoryId.toString();
            t = IntStream.range(0, master.territories().size())
                    .filter(i -> master.territories().get(i).code().equals(code))
                    .findFirst()
                    .orElse(NOBODY);
            territoryGroup = master.allTerritories().stream()
                    .filter(g -> g.code().equals(code))
                    .findFirst()
                    .orElse(new Group(code, ""));
        }
        List<int[]> columns = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        int[] total;
        switch (grouping) {
            case TERRITORY -> {
                if (t != -1) {
                    columns.add(new int[] {b, t});
                    groups.add(territoryGroup);
                } else {
                    for (int i = 0; i < master.territories().size(); i++) {
                        columns.add(new int[] {b, i});
                        groups.add(master.territories().get(i));
                    }
                }
                total = new int[] {b, -1};
            }
            case BAND -> {
                if (b >= 0) {
                    columns.add(new int[] {b, t});
                    groups.add(new Group(
                            master.bands().get(b).name(), master.bands().get(b).name()));
                } else {
                    for (int i = 0; i < master.bands().size(); i++) {
                        columns.add(new int[] {i, t});
                        groups.add(new Group(
                                master.bands().get(i).name(),
                                master.bands().get(i).name()));
                    }
                }
                total = new int[] {-1, t};
            }
            default -> {
                columns.add(new int[] {b, t});
                groups.add(ALL.getFirst());
                total = columns.getFirst();
            }
        }
        if (columns.size() == 1) {
            total = columns.getFirst();
        }
        List<Item> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (band == null) {
            for (Item item : master.items().values()) {
                if (item.indicator() != null) {
                    items.add(item);
                    texts.add(item.label());
                    keys.add(item.key().substring(1));
                }
            }
        } else {
            Set<String> seen = new HashSet<>();
            for (BandQuestion question : master.questions()) {
                if (question.band() == band && seen.add(question.key())) {
                    items.add(Objects.requireNonNull(master.items().get(question.key())));
                    texts.add(question.text());
                    keys.add(Long.toString(question.questionId()));
                }
            }
        }
        List<QuestionResult> questions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            ThreeWay table = item.table();
            List<OptionCount> options = new ArrayList<>(item.codes().size());
            for (int o = 0; o < item.codes().size(); o++) {
                if (b >= 0 && !item.offered()[o][b]) {
                    continue; // not an option of this band's question
                }
                List<IndicatorCell> cells = new ArrayList<>(columns.size());
                for (int[] column : columns) {
                    cells.add(cell(table, o, column[0], column[1]));
                }
                options.add(new OptionCount(
                        item.codes().get(o),
                        item.labels().get(o),
                        List.copyOf(cells),
                        cell(table, o, total[0], total[1])));
            }
            List<IndicatorCell> respondents = new ArrayList<>(columns.size());
            for (int[] column : columns) {
                respondents.add(cell(table, -1, column[0], column[1]));
            }
            questions.add(new QuestionResult(
                    keys.get(i),
                    item.kind(),
                    texts.get(i),
                    item.indicator(),
                    List.copyOf(options),
                    List.copyOf(respondents),
                    cell(table, -1, total[0], total[1])));
        }
        List<IndicatorCell> sheetsByGroup = new ArrayList<>(columns.size());
        for (int[] column : columns) {
            sheetsByGroup.add(cell(master.sheets(), -1, column[0], column[1]));
        }
        return new Tables(
                cell(master.sheets(), -1, total[0], total[1]),
                List.copyOf(sheetsByGroup),
                List.copyOf(questions),
                List.copyOf(groups));
    }

    /** One version's tables as a view shows them. */
    Tables tables(
            long versionId,
            @Nullable SurveyBand band,
            @Nullable Long territoryId,
            Grouping grouping,
            @Nullable Long departementId) {
        Master master = masters(List.of(versionId), departementId).get(versionId);
        return master == null
                ? new Tables(WITHHELD, List.of(WITHHELD), List.of(), ALL)
                : view(master, band, territoryId, grouping);
    }

    record Tables(
            IndicatorCell sheets,
            List<IndicatorCell> sheetsByGroup,
            List<QuestionResult> questions,
            List<Group> groups) {}
}
