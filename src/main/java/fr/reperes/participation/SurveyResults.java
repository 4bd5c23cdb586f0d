package fr.reperes.participation;

import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.SurveyInformation;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.suppression.IndicatorCell;
import fr.reperes.platform.suppression.SmallCellSuppression;
import fr.reperes.platform.suppression.SmallCellSuppression.TwoWay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
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
 * <p><b>One table, several views.</b> All together, by territory and one territory are columns of one protected
 * table (options by territory with margins), so that comparing them gives nothing back. Known limit: the table by age
 * band, and one band's questions, are protected apart from the table by indicator (a version's bands combined);
 * an author who compares "all bands" with "one band" could, in some tables, work out a withheld number of the other
 * bands by difference. Those views are for the département's own authors; what leaves them (the results given back,
 * one table per band with nothing adding the bands up, and the observatory's figures per indicator) is not linked
 * that way. Protecting the three-way table (options × bands × territories) at once is the fix.
 */
@Service
public class SurveyResults {

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
        Scope scope = filter.band() != null
                ? Scope.variant(versions.variants(versionId).getOrDefault(filter.band(), -1L))
                : Scope.indicators(versionId);
        List<Group> groups = groups(filter, bands, viewer);
        Tables tables = tables(scope, filter.territoryId(), filter.grouping(), groups, viewer.departementId());
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
     * any), never anything that names the writer, even in a named survey (docs/survey-anonymity.md, "Danger in free
     * text"). The mail goes out after the commit, once. Routing twice routes once.
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
                String review) {}
        @Nullable Found found = jdbc.sql("SELECT s.title, q.text AS question, v.band, t.name AS territory, a.text_value,"
                        + " COALESCE(a.text_review, 'PENDING') AS review"
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
                        rs.getString("review")))
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
                            text_value, routed_by_account_id, routed_by_name, routed_at)
                        VALUES (:survey, :title, :question, :band, :territory, :text, :by, :byName, :now)""")
                .param("survey", surveyId)
                .param("title", found.title())
                .param("question", found.question())
                .param("band", found.band())
                .param("territory", found.territory())
                .param("text", found.text())
                .param("by", viewer.accountId())
                .param("byName", viewer.displayName())
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        long routingId = Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        events.publishEvent(new SurveyDangerMailDue(routingId));
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
        if (variantId == null) {
            // Their band has no variant (they aged into another band since): the combined indicators.
            Tables tables = versionId == null
                    ? new Tables(IndicatorCell.of(null, null), List.of(), List.of(), List.of())
                    : tables(Scope.indicators(versionId), null, Grouping.NONE, ALL, viewer.departementId());
            return new GivenBack(
                    header.title(),
                    band,
                    Objects.requireNonNull(header.resultsPublishedAt()),
                    Objects.requireNonNull(header.response()),
                    tables.sheets(),
                    tables.questions(),
                    publishedTexts(surveyId, null));
        }
        Tables tables = tables(Scope.variant(variantId), null, Grouping.NONE, ALL, viewer.departementId());
        return new GivenBack(
                header.title(),
                band,
                Objects.requireNonNull(header.resultsPublishedAt()),
                Objects.requireNonNull(header.response()),
                tables.sheets(),
                tables.questions(),
                publishedTexts(surveyId, variantId));
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

    private List<Group> groups(Filter filter, List<SurveyBand> bands, Viewer viewer) {
        return switch (filter.grouping()) {
            case NONE -> ALL;
            case BAND -> {
                SurveyBand only = filter.band();
                yield only != null
                        ? List.of(new Group(only.name(), only.name()))
                        : bands.stream().map(b -> new Group(b.name(), b.name())).toList();
            }
            case TERRITORY -> {
                Long only = filter.territoryId();
                List<Group> territories = territories(viewer.departementId());
                yield only == null
                        ? territories
                        : territories.stream()
                                .filter(g -> g.code().equals(only.toString()))
                                .toList();
            }
        };
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
     * A scope's tables as the filter shows them. All together, by territory, and one territory are views of ONE
     * protected table (options by territory, with its margins), never protected apart: two protections of the same
     * numbers could each be safe and together give a withheld number back by difference. By band is a table of its
     * own (a limit: see SurveyResults' class comment).
     */
    Tables tables(
            Scope scope,
            @Nullable Long territoryId,
            Grouping grouping,
            List<Group> groups,
            @Nullable Long departementId) {
        if (grouping == Grouping.BAND) {
            return grouped(scope, territoryId, grouping, groups);
        }
        List<Group> territories = territories(departementId);
        Tables master = grouped(scope, null, Grouping.TERRITORY, territories);
        if (territoryId == null && grouping == Grouping.TERRITORY) {
            return master;
        }
        int column = -1;
        if (territoryId != null) {
            column = master.groups().stream().map(Group::code).toList().indexOf(territoryId.toString());
            if (column < 0) {
                // Nobody answered there (or it is not the département's): nothing to show but withheld cells.
                return grouped(scope, territoryId, grouping, groups.isEmpty() ? ALL : groups);
            }
        }
        return project(master, column, groups.isEmpty() ? ALL.getFirst() : groups.getFirst());
    }

    /** One column of a table (or its margin: column -1), as a table of one column. */
    private static Tables project(Tables master, int column, Group group) {
        List<QuestionResult> questions = new ArrayList<>(master.questions().size());
        for (QuestionResult question : master.questions()) {
            List<OptionCount> options = new ArrayList<>(question.options().size());
            for (OptionCount option : question.options()) {
                IndicatorCell cell =
                        column < 0 ? option.total() : option.cells().get(column);
                options.add(new OptionCount(option.code(), option.label(), List.of(cell), cell));
            }
            IndicatorCell respondents = column < 0
                    ? question.allRespondents()
                    : question.respondents().get(column);
            questions.add(new QuestionResult(
                    question.key(),
                    question.kind(),
                    question.text(),
                    question.indicator(),
                    List.copyOf(options),
                    List.of(respondents),
                    respondents));
        }
        IndicatorCell sheets =
                column < 0 ? master.sheets() : master.sheetsByGroup().get(column);
        return new Tables(sheets, List.of(sheets), List.copyOf(questions), List.of(group));
    }

    /**
     * Which questions a table covers: one variant's questions (keyed by question), or a version's indicators,
     * combining its variants' questions that measure them (keyed by indicator, options by code).
     */
    record Scope(String item, String where, String sheetsWhere, String name, long id) {
        static Scope variant(long variantId) {
            return new Scope("q.id", "q.variant_id = :scope", "sh.variant_id = :scope", "variant", variantId);
        }

        static Scope indicators(long versionId) {
            return new Scope(
                    "q.indicator_id",
                    "v.version_id = :scope AND q.indicator_id IS NOT NULL",
                    "v.version_id = :scope",
                    "version",
                    versionId);
        }
    }

    record Tables(
            IndicatorCell sheets,
            List<IndicatorCell> sheetsByGroup,
            List<QuestionResult> questions,
            List<Group> groups) {}

    private String groupColumn(Grouping grouping) {
        return switch (grouping) {
            case NONE -> "''";
            case TERRITORY -> "CAST(COALESCE(sh.territory_id, 0) AS CHAR)";
            case BAND -> "v.band";
        };
    }

    /**
     * The protected tables of a scope: four statements whatever the number of answers (the definition, the option
     * counts, the respondents per question, the sheets), each grouped by question (or indicator), option and column.
     */
    private Tables grouped(Scope scope, @Nullable Long territoryId, Grouping grouping, List<Group> groups) {
        String group = groupColumn(grouping);
        String territory = territoryId == null ? "" : " AND sh.territory_id = :territory";
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            column.put(groups.get(i).code(), i);
        }
        // 1. The definition: questions (or indicators) and their options in order.
        record Item(
                String key,
                QuestionKind kind,
                String text,
                @Nullable String indicator,
                Map<String, String> options) {}
        Map<String, Item> items = new LinkedHashMap<>();
        jdbc.sql("SELECT " + scope.item() + " AS item, q.kind, q.text, i.code AS indicator, i.label AS indicator_label,"
                        + " o.code, o.label"
                        + " FROM survey_question q JOIN survey_variant v ON v.id = q.variant_id"
                        + " LEFT JOIN survey_indicator i ON i.id = q.indicator_id"
                        + " LEFT JOIN survey_option o ON o.question_id = q.id"
                        + " WHERE " + scope.where()
                        + " ORDER BY " + (scope.name().equals("variant") ? "q.page, q.position" : "i.id, v.band")
                        + ", o.position")
                .param("scope", scope.id())
                .query(rs -> {
                    String key = rs.getString("item");
                    Item item = items.get(key);
                    if (item == null) {
                        boolean combined = !scope.name().equals("variant");
                        item = new Item(
                                key,
                                QuestionKind.valueOf(rs.getString("kind")),
                                combined ? rs.getString("indicator_label") : rs.getString("text"),
                                rs.getString("indicator"),
                                new LinkedHashMap<>());
                        items.put(key, item);
                    }
                    String code = rs.getString("code");
                    if (code != null) {
                        item.options().putIfAbsent(code, rs.getString("label"));
                    }
                });
        String from = " FROM survey_answer a JOIN survey_sheet sh ON sh.id = a.sheet_id AND sh.finished"
                + " JOIN survey_question q ON q.id = a.question_id"
                + " JOIN survey_variant v ON v.id = sh.variant_id"
                + " WHERE " + scope.where() + territory;
        // 2. Option counts: one row per (item, option, column). A ranking counts first places.
        Map<String, int[][]> counts = new HashMap<>();
        jdbc.sql("SELECT " + scope.item() + " AS item, a.option_code, " + group + " AS grp, COUNT(*) AS n" + from
                        + " AND a.option_code IS NOT NULL AND (q.kind <> 'RANKING' OR a.item = 1)"
                        + " GROUP BY 1, 2, 3")
                .param("scope", scope.id())
                .param("territory", territoryId)
                .query(rs -> {
                    Item item = items.get(rs.getString("item"));
                    Integer col = column.get(rs.getString("grp"));
                    if (item == null || col == null) {
                        return;
                    }
                    List<String> codes = List.copyOf(item.options().keySet());
                    int row = codes.indexOf(rs.getString("option_code"));
                    if (row >= 0) {
                        counts.computeIfAbsent(item.key(), k -> new int[codes.size()][groups.size()])[row][col] +=
                                rs.getInt("n");
                    }
                });
        // 3. Respondents of each item: distinct sheets that answered it.
        Map<String, int[]> respondents = new HashMap<>();
        jdbc.sql("SELECT " + scope.item() + " AS item, " + group + " AS grp, COUNT(DISTINCT a.sheet_id) AS n" + from
                        + " GROUP BY 1, 2")
                .param("scope", scope.id())
                .param("territory", territoryId)
                .query(rs -> {
                    Integer col = column.get(rs.getString("grp"));
                    if (col != null) {
                        respondents.computeIfAbsent(rs.getString("item"), k -> new int[groups.size()])[col] +=
                                rs.getInt("n");
                    }
                });
        // 4. Finished sheets in the filter.
        int[] sheets = new int[groups.size()];
        jdbc.sql("SELECT " + group + " AS grp, COUNT(*) AS n FROM survey_sheet sh"
                        + " JOIN survey_variant v ON v.id = sh.variant_id WHERE sh.finished AND " + scope.sheetsWhere()
                        + territory + " GROUP BY 1")
                .param("scope", scope.id())
                .param("territory", territoryId)
                .query(rs -> {
                    Integer col = column.get(rs.getString("grp"));
                    if (col != null) {
                        sheets[col] += rs.getInt("n");
                    }
                });
        // A column nobody answered in is a structural zero, left out rather than protected: withholding it would
        // make the others' totals give it back, and hide the whole table for a survey answered in a few territories.
        int[] kept =
                IntStream.range(0, groups.size()).filter(col -> sheets[col] > 0).toArray();
        if (kept.length == 0) {
            kept = IntStream.range(0, groups.size()).toArray();
        }
        List<QuestionResult> questions = new ArrayList<>(items.size());
        for (Item item : items.values()) {
            int[][] itemCounts =
                    counts.getOrDefault(item.key(), new int[item.options().size()][groups.size()]);
            int[][] keptCounts = new int[itemCounts.length][];
            for (int row = 0; row < itemCounts.length; row++) {
                keptCounts[row] = columns(itemCounts[row], kept);
            }
            questions.add(protect(
                    item.key(),
                    item.kind(),
                    item.text(),
                    item.indicator(),
                    item.options(),
                    keptCounts,
                    columns(respondents.getOrDefault(item.key(), new int[groups.size()]), kept)));
        }
        List<Group> keptGroups = new ArrayList<>(kept.length);
        for (int col : kept) {
            keptGroups.add(groups.get(col));
        }
        SmallCellSuppression.Published sheetCells = SmallCellSuppression.protectCounts(columns(sheets, kept));
        return new Tables(
                kept.length == 1 ? sheetCells.territories().getFirst() : sheetCells.total(),
                sheetCells.territories(),
                List.copyOf(questions),
                List.copyOf(keptGroups));
    }

    private static int[] columns(int[] row, int[] kept) {
        int[] columns = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            columns[i] = row[kept[i]];
        }
        return columns;
    }

    /**
     * One question's table through the small-cell rule: a single choice (scale, yes/no, a ranking's first places) as
     * options adding up to the respondents, a multiple choice as shares of its respondents, a text as how many
     * answered it.
     */
    static QuestionResult protect(
            String key,
            QuestionKind kind,
            String text,
            @Nullable String indicator,
            Map<String, String> options,
            int[][] counts,
            int[] respondents) {
        if (kind.text() || options.isEmpty()) {
            TwoWay answered = SmallCellSuppression.protectChoices(new int[][] {respondents});
            return new QuestionResult(key, kind, text, indicator, List.of(), answered.groupTotals(), answered.total());
        }
        TwoWay table;
        if (kind == QuestionKind.MULTIPLE_CHOICE) {
            table = SmallCellSuppression.protectMultipleChoices(respondents, counts);
        } else {
            // A single choice's respondents are its options' sum (answers without a known option are not counted).
            table = SmallCellSuppression.protectChoices(counts);
        }
        List<OptionCount> rows = new ArrayList<>(options.size());
        int row = 0;
        for (Map.Entry<String, String> option : options.entrySet()) {
            rows.add(new OptionCount(
                    option.getKey(),
                    option.getValue(),
                    table.cells().get(row),
                    table.optionTotals().get(row)));
            row++;
        }
        return new QuestionResult(key, kind, text, indicator, List.copyOf(rows), table.groupTotals(), table.total());
    }
}
