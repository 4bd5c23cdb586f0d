package fr.reperes.participation;

import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyAccess.Respondent;
import fr.reperes.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a survey, anonymous by construction (docs/survey-anonymity.md). "Has answered" (survey_participation) and
 * the answers (survey_sheet with a random id, survey_answer) share nothing: an anonymous sheet is found again only by
 * the SHA-256 of a resume code that the respondent alone holds (a cookie bound to their account on their device, or
 * written down); a named sheet by the person it carries, as the respondent was told before starting.
 * <p>
 * Every method asks {@link SurveyAccess#requireRespondent} first, then checks that the survey is open today. A code
 * that does not match is refused like a missing one. One transaction per page: a refused page writes nothing.
 * Nothing here logs or journals a sheet id.
 */
@Service
public class SurveyAnswering {

    /** RFC 4648 base32: no 0/1/8/9, so that a code written by hand is read back without O/0 or I/1 doubts. */
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    /** 20 characters of 5 bits: 100 bits, shown as five groups of four. */
    public static final int CODE_LENGTH = 20;

    private static final HexFormat HEX = HexFormat.of();

    static final String FIELD_SURVEY = "survey";
    static final String FIELD_PAGE = "page";

    private final SurveyAccess access;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SecureRandom random = new SecureRandom();

    SurveyAnswering(SurveyAccess access, JdbcClient jdbc, JdbcTemplate template) {
        this.access = access;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Field name under which a question's error is reported: "question-<id>". */
    public static String field(long questionId) {
        return "question-" + questionId;
    }

    /**
     * The surveys meant for the viewer (a young person or a parent), open ones first by closing date, then closed ones:
     * one query whatever their number, with the audience rule of {@link SurveyAudience}. Surveys not yet open are not
     * listed.
     */
    @Transactional(readOnly = true)
    public List<SurveyForRespondent> mySurveys(Viewer viewer) {
        String personKey = respondentKey(viewer);
        LocalDate today = access.today();
        String band;
        String from;
        String asks;
        long personId;
        if (viewer.role() == Role.JEUNE) {
            band = SurveyBand.sqlOf("yp.birth_date");
            from = "survey s JOIN dossier_young_person_view yp ON yp.id = :personId"
                    + " AND yp.departement_id = s.departement_id";
            asks = SurveyAudience.asksYoungPerson("s", "yp");
            personId = Objects.requireNonNull(viewer.youngPersonId());
        } else {
            band = "'" + SurveyBand.PARENTS.name() + "'";
            from = "survey s";
            asks = SurveyAudience.asksParent("s", ":personId");
            personId = Objects.requireNonNull(viewer.parentId());
        }
        String participated =
                "EXISTS (SELECT 1 FROM survey_participation sp WHERE sp.survey_id = s.id AND sp.person_key = :personKey)";
        return jdbc.sql("SELECT s.id, s.anonymous, s.changes_allowed, s.opens_on, s.closes_on, s.status,"
                        + " s.results_published_at IS NOT NULL AS given_back,"
                        + " COALESCE((SELECT v.title FROM survey_variant v WHERE v.band = " + band
                        + " AND v.version_id = (SELECT MAX(sv.id) FROM survey_version sv WHERE sv.survey_id = s.id"
                        + " AND sv.published_at IS NOT NULL)), s.title) AS shown_title, "
                        + participated + " AS answered,"
                        + " (NOT s.anonymous AND EXISTS (SELECT 1 FROM survey_sheet sh"
                        + " JOIN survey_variant v2 ON v2.id = sh.variant_id"
                        + " JOIN survey_version sv2 ON sv2.id = v2.version_id"
                        + " WHERE sv2.survey_id = s.id AND sh.person_key = :personKey AND NOT sh.finished))"
                        + " AS named_started"
                        + " FROM " + from
                        + " WHERE s.departement_id = :departementId AND s.status <> 'DRAFT'"
                        + " AND (s.opens_on IS NULL OR s.opens_on <= :today)"
                        + " AND ((" + asks + ") OR " + participated + ")"
                        + " ORDER BY s.status = 'CLOSED', s.closes_on IS NULL, s.closes_on, s.id")
                .param("personId", personId)
                .param("personKey", personKey)
                .param("departementId", viewer.departementId())
                .param("today", today)
                .query((rs, n) -> {
                    LocalDate closesOn = rs.getObject("closes_on", LocalDate.class);
                    return new SurveyForRespondent(
                            rs.getLong("id"),
                            rs.getString("shown_title"),
                            rs.getBoolean("anonymous"),
                            rs.getBoolean("changes_allowed"),
                            rs.getObject("opens_on", LocalDate.class),
                            closesOn,
                            SurveyStatus.PUBLISHED.name().equals(rs.getString("status"))
                                    && (closesOn == null || !today.isAfter(closesOn)),
                            rs.getBoolean("answered"),
                            rs.getBoolean("named_started"),
                            rs.getBoolean("given_back"));
                })
                .list();
    }

    /**
     * Which of these surveys the viewer has an unfinished anonymous sheet in, from the resume codes their device holds
     * (survey id to code): one query. A code that names another survey's sheet counts for nothing.
     */
    @Transactional(readOnly = true)
    public Set<Long> inProgress(Viewer viewer, Map<Long, String> codesBySurvey) {
        respondentKey(viewer);
        Map<String, Long> surveyByHash = new HashMap<>();
        codesBySurvey.forEach((surveyId, code) ->
                normalized(code).ifPresent(c -> surveyByHash.put(HEX.formatHex(hash(c)), surveyId)));
        if (surveyByHash.isEmpty()) {
            return Set.of();
        }
        List<byte[]> hashes = surveyByHash.keySet().stream().map(HEX::parseHex).toList();
        Set<Long> found = new HashSet<>();
        jdbc.sql("""
                        SELECT sh.resume_hash, sv.survey_id FROM survey_sheet sh
                        JOIN survey_variant v ON v.id = sh.variant_id
                        JOIN survey_version sv ON sv.id = v.version_id
                        WHERE sh.resume_hash IN (:hashes) AND NOT sh.finished""")
                .param("hashes", hashes)
                .query((rs, n) -> {
                    Long expected = surveyByHash.get(HEX.formatHex(rs.getBytes("resume_hash")));
                    if (expected != null && expected == rs.getLong("survey_id")) {
                        found.add(expected);
                    }
                    return n;
                })
                .list();
        return Set.copyOf(found);
    }

    /**
     * The survey as the viewer answers it: the variant of their sheet if the code (anonymous) or their person (named)
     * finds one, else their band's variant of the latest published version; with the sheet's answers so far.
     */
    @Transactional(readOnly = true)
    public SurveyForm open(Viewer viewer, long surveyId, @Nullable String code) {
        Respondent respondent = access.requireRespondent(viewer, surveyId);
        SurveyRow survey = openSurvey(surveyId);
        Optional<Sheet> sheet = sheet(surveyId, survey, respondent, code, false);
        boolean participated = participated(surveyId, respondent);
        long variantId = sheet.map(Sheet::variantId)
                .orElseGet(() -> latestVariant(surveyId, respondent.band())
                        .orElseThrow(
                                () -> refused(participated ? "survey.answering.already" : "survey.answering.closed")));
        VariantRow variant = variant(variantId);
        Map<Long, List<String>> answers = sheet.map(s -> values(stored(s.id()))).orElse(Map.of());
        return new SurveyForm(
                surveyId,
                variant.title(),
                variant.introduction(),
                variant.band(),
                survey.anonymous(),
                survey.changesAllowed(),
                survey.closesOn(),
                pages(questions(variantId)),
                sheet.map(s -> s.finished() ? SheetState.FINISHED : SheetState.IN_PROGRESS)
                        .orElse(SheetState.NONE),
                participated && sheet.isEmpty(),
                answers);
    }

    /**
     * Starts a sheet on the viewer's band's variant of the latest published version, and returns the resume code of an
     * anonymous one (only its SHA-256 is kept); a named survey resumes by the person, and returns "". Refused when the
     * viewer already answered; a named survey started already is resumed rather than started twice.
     */
    @Transactional
    public String start(Viewer viewer, long surveyId) {
        Respondent respondent = access.requireRespondent(viewer, surveyId);
        SurveyRow survey = openSurvey(surveyId);
        if (participated(surveyId, respondent)) {
            throw refused(
                    survey.changesAllowed() && survey.anonymous()
                            ? "survey.answering.already.code"
                            : "survey.answering.already");
        }
        if (!survey.anonymous()
                && sheet(surveyId, survey, respondent, null, true).isPresent()) {
            return "";
        }
        long variantId =
                latestVariant(surveyId, respondent.band()).orElseThrow(() -> refused("survey.answering.closed"));
        byte[] id = new byte[16];
        random.nextBytes(id);
        String code = survey.anonymous() ? newCode() : "";
        jdbc.sql("""
                        INSERT INTO survey_sheet (id, variant_id, territory_id, resume_hash, person_key, finished)
                        VALUES (:id, :variant, :territory, :hash, :person, FALSE)""")
                .param("id", id)
                .param("variant", variantId)
                .param("territory", respondent.band().young() ? respondent.territoryId() : null)
                .param("hash", survey.anonymous() ? hash(code) : null)
                .param("person", survey.anonymous() ? null : respondent.personKey())
                .update();
        return code;
    }

    /**
     * Saves one page of the viewer's sheet, replacing what the page held: every answer checked (required, options
     * that exist on that question, at most the maximum, a ranking of every option once, text length), a question hidden
     * by its condition skipped and its answer dropped, and answers elsewhere whose condition no longer holds dropped
     * too. A finished sheet is changed only when the survey allows changes until its close. Refused as a whole: nothing
     * half-written.
     */
    @Transactional
    public void savePage(Viewer viewer, long surveyId, @Nullable String code, int page, List<AnswerInput> inputs) {
        save(viewer, surveyId, code, page, inputs, true);
    }

    /**
     * Keeps what is valid of one page when the respondent goes back ("Previous"): like {@link #savePage}, but a
     * required question left unanswered is no reason to refuse, and an answer that would be refused (an unfinished
     * ranking, a text too long, too many choices) is left out rather than refusing the page, so that going back is
     * never blocked; "Next" and "Finish" still require and check everything. A question that is not on the page is
     * still refused as a whole.
     */
    @Transactional
    public void keepPage(Viewer viewer, long surveyId, @Nullable String code, int page, List<AnswerInput> inputs) {
        save(viewer, surveyId, code, page, inputs, false);
    }

    private void save(
            Viewer viewer, long surveyId, @Nullable String code, int page, List<AnswerInput> inputs, boolean strict) {
        Respondent respondent = access.requireRespondent(viewer, surveyId);
        SurveyRow survey = openSurvey(surveyId);
        Sheet sheet = writable(surveyId, survey, respondent, code);
        List<Placed> placed = questions(sheet.variantId());
        List<SurveyPageForm.Question> questions = bare(placed);
        Map<Long, SurveyPageForm.Question> onPage = new LinkedHashMap<>();
        for (Placed p : placed) {
            if (p.page() == page) {
                onPage.put(p.question().id(), p.question());
            }
        }
        if (onPage.isEmpty()) {
            throw new InvalidInputException(Map.of(FIELD_PAGE, "survey.answering.unknown-question"));
        }
        List<StoredAnswer> stored = stored(sheet.id());
        Map<Long, List<String>> given = new HashMap<>(values(stored));
        onPage.keySet().forEach(given::remove);
        Set<Long> seen = new HashSet<>();
        for (AnswerInput input : inputs) {
            SurveyPageForm.Question question = onPage.get(input.questionId());
            if (question == null || !seen.add(input.questionId())) {
                throw new InvalidInputException(Map.of(FIELD_PAGE, "survey.answering.unknown-question"));
            }
            List<String> values = cleaned(question, input.values());
            if (!values.isEmpty() && (strict || check(question, values).isEmpty())) {
                given.put(question.id(), values);
            }
        }
        Set<Long> visible = SurveyForm.visible(questions, given);
        Map<String, String> errors = new LinkedHashMap<>();
        for (SurveyPageForm.Question question : onPage.values()) {
            if (strict && visible.contains(question.id())) {
                check(question, given.getOrDefault(question.id(), List.of()))
                        .ifPresent(error -> errors.put(field(question.id()), error));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<Long, StoredAnswer> texts = new HashMap<>();
        stored.stream().filter(a -> a.text() != null).forEach(a -> texts.put(a.questionId(), a));
        Set<Long> dropped = new HashSet<>(onPage.keySet());
        stored.stream()
                .map(StoredAnswer::questionId)
                .filter(id -> !visible.contains(id))
                .forEach(dropped::add);
        template.update(
                "DELETE FROM survey_answer WHERE sheet_id = ? AND question_id IN (" + placeholders(dropped.size())
                        + ")",
                concat(sheet.id(), dropped));
        List<Object[]> rows = new ArrayList<>();
        for (SurveyPageForm.Question question : onPage.values()) {
            List<String> values = given.get(question.id());
            if (!visible.contains(question.id()) || values == null) {
                continue;
            }
            rows.addAll(rows(sheet.id(), question, values, texts.get(question.id())));
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(
                    "INSERT INTO survey_answer (sheet_id, question_id, item, option_code, text_value, text_review)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    rows);
        }
    }

    /**
     * Finishes the viewer's sheet: every required question shown by the answers must be answered (the errors name
     * them); "has answered" is inserted in the same transaction, and its primary key refuses a second finish of the
     * same survey by the same person, whatever the sheet. A finished anonymous sheet keeps its resume code only when
     * changes are allowed until the close. Finishing a sheet reopened for changes checks it again and writes nothing
     * else.
     */
    @Transactional
    public void finish(Viewer viewer, long surveyId, @Nullable String code) {
        Respondent respondent = access.requireRespondent(viewer, surveyId);
        SurveyRow survey = openSurvey(surveyId);
        Sheet sheet = writable(surveyId, survey, respondent, code);
        List<SurveyPageForm.Question> questions = bare(questions(sheet.variantId()));
        Map<Long, List<String>> given = values(stored(sheet.id()));
        Set<Long> visible = SurveyForm.visible(questions, given);
        Map<String, String> errors = new LinkedHashMap<>();
        for (SurveyPageForm.Question question : questions) {
            if (visible.contains(question.id()) && question.required() && !given.containsKey(question.id())) {
                errors.put(field(question.id()), "survey.answering.required");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (sheet.finished()) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO survey_participation (survey_id, person_key) VALUES (:survey, :person)")
                    .param("survey", surveyId)
                    .param("person", respondent.personKey())
                    .update();
        } catch (DuplicateKeyException alreadyAnswered) {
            throw refused("survey.answering.already");
        }
        int finished = jdbc.sql("UPDATE survey_sheet SET finished = TRUE,"
                        + " resume_hash = CASE WHEN :keep THEN resume_hash ELSE NULL END"
                        + " WHERE id = :id AND finished = FALSE")
                .param("keep", survey.changesAllowed())
                .param("id", sheet.id())
                .update();
        if (finished != 1) {
            throw refused("survey.answering.already");
        }
    }

    /** Whether the viewer finished this survey (their own "has answered"). */
    @Transactional(readOnly = true)
    public boolean answered(Viewer viewer, long surveyId) {
        return participated(surveyId, access.requireRespondent(viewer, surveyId));
    }

    /** A code as typed (any case, spaces or dashes between groups) in its stored form, if it can be one. */
    public static Optional<String> normalized(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        StringBuilder kept = new StringBuilder();
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '.') {
                continue;
            }
            if (new String(ALPHABET).indexOf(c) < 0) {
                return Optional.empty();
            }
            kept.append(c);
        }
        return kept.length() == CODE_LENGTH ? Optional.of(kept.toString()) : Optional.empty();
    }

    /** A code as shown to be written down: groups of four, "ABCD-EFGH-…". */
    public static String grouped(String code) {
        String plain = normalized(code).orElse(code);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(plain.charAt(i));
        }
        return shown.toString();
    }

    /** SHA-256 of a text, as resume hashes and the cookie's binding use it. */
    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hash(String code) {
        return sha256(normalized(code).orElse(code));
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    private String respondentKey(Viewer viewer) {
        return access.requireOwnSurveys(viewer);
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(Map.of(FIELD_SURVEY, key));
    }

    private record SurveyRow(
            boolean anonymous,
            boolean changesAllowed,
            @Nullable LocalDate closesOn) {}

    /** The survey, refused unless it is open to answers today (published, between its dates). */
    /**
     * The survey when it is open, read with a shared lock: the author's edits and the closing take the row's exclusive
     * lock, so a version cannot be frozen by a sheet started while its questions change, nor an answer saved after the
     * close, and respondents do not wait for one another.
     */
    private SurveyRow openSurvey(long surveyId) {
        LocalDate today = access.today();
        return jdbc.sql("""
                        SELECT anonymous, changes_allowed, opens_on, closes_on, status FROM survey WHERE id = :id
                        LOCK IN SHARE MODE""")
                .param("id", surveyId)
                .query((rs, n) -> {
                    LocalDate opensOn = rs.getObject("opens_on", LocalDate.class);
                    LocalDate closesOn = rs.getObject("closes_on", LocalDate.class);
                    SurveyStatus status = SurveyStatus.valueOf(rs.getString("status"));
                    if (status == SurveyStatus.CLOSED || closesOn != null && today.isAfter(closesOn)) {
                        throw refused("survey.answering.closed");
                    }
                    if (status != SurveyStatus.PUBLISHED || opensOn != null && today.isBefore(opensOn)) {
                        throw refused("survey.answering.not-yet-open");
                    }
                    return new SurveyRow(rs.getBoolean("anonymous"), rs.getBoolean("changes_allowed"), closesOn);
                })
                .single();
    }

    private record Sheet(byte[] id, long variantId, boolean finished) {}

    /**
     * The respondent's sheet in this survey: by the code's hash (anonymous) or by the person (named); a code of
     * another survey's sheet, or of a sheet on another band's variant (a parent's code typed by a young person), finds
     * nothing, as an unknown code. {@code lock}: read FOR UPDATE, so that a save and a finish of one sheet run one
     * after the other (the finish checks what the save wrote, and a save never rewrites a sheet just finished).
     */
    private Optional<Sheet> sheet(
            long surveyId, SurveyRow survey, Respondent respondent, @Nullable String code, boolean lock) {
        String from = "SELECT sh.id, sh.variant_id, sh.finished FROM survey_sheet sh"
                + " JOIN survey_variant v ON v.id = sh.variant_id JOIN survey_version sv ON sv.id = v.version_id"
                + " WHERE sv.survey_id = :survey AND v.band = :band AND ";
        String forUpdate = lock ? " FOR UPDATE" : "";
        if (survey.anonymous()) {
            Optional<String> normalized = normalized(code);
            if (normalized.isEmpty()) {
                return Optional.empty();
            }
            return jdbc.sql(from + "sh.resume_hash = :hash AND sh.person_key IS NULL" + forUpdate)
                    .param("survey", surveyId)
                    .param("band", respondent.band().name())
                    .param("hash", hash(normalized.get()))
                    .query((rs, n) -> new Sheet(rs.getBytes("id"), rs.getLong("variant_id"), rs.getBoolean("finished")))
                    .optional();
        }
        return jdbc.sql(from + "sh.person_key = :person ORDER BY sh.finished DESC, sh.id LIMIT 1" + forUpdate)
                .param("survey", surveyId)
                .param("band", respondent.band().name())
                .param("person", respondent.personKey())
                .query((rs, n) -> new Sheet(rs.getBytes("id"), rs.getLong("variant_id"), rs.getBoolean("finished")))
                .optional();
    }

    /** The sheet a page is saved to or finished: found, and either unfinished or open to changes. */
    private Sheet writable(long surveyId, SurveyRow survey, Respondent respondent, @Nullable String code) {
        Sheet sheet =
                sheet(surveyId, survey, respondent, code, true).orElseThrow(() -> refused("survey.answering.no-sheet"));
        if (sheet.finished() && !survey.changesAllowed()) {
            throw refused("survey.answering.no-changes");
        }
        return sheet;
    }

    private boolean participated(long surveyId, Respondent respondent) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_participation WHERE survey_id = :survey AND person_key = :person")
                        .param("survey", surveyId)
                        .param("person", respondent.personKey())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Optional<Long> latestVariant(long surveyId, SurveyBand band) {
        return jdbc.sql("""
                        SELECT v.id FROM survey_variant v
                        WHERE v.band = :band AND v.version_id = (SELECT MAX(sv.id) FROM survey_version sv
                                                                 WHERE sv.survey_id = :survey
                                                                   AND sv.published_at IS NOT NULL)""")
                .param("band", band.name())
                .param("survey", surveyId)
                .query(Long.class)
                .optional();
    }

    private record VariantRow(String title, String introduction, SurveyBand band) {}

    private VariantRow variant(long variantId) {
        return jdbc.sql("SELECT title, introduction, band FROM survey_variant WHERE id = :id")
                .param("id", variantId)
                .query((rs, n) -> new VariantRow(
                        rs.getString("title"), rs.getString("introduction"), SurveyBand.valueOf(rs.getString("band"))))
                .single();
    }

    /** A question and the page it is on. */
    private record Placed(int page, SurveyPageForm.Question question) {}

    private static List<SurveyPageForm.Question> bare(List<Placed> placed) {
        return placed.stream().map(Placed::question).toList();
    }

    private static List<SurveyPageForm> pages(List<Placed> placed) {
        Map<Integer, List<SurveyPageForm.Question>> byPage = new TreeMap<>();
        for (Placed p : placed) {
            byPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(p.question());
        }
        return byPage.entrySet().stream()
                .map(e -> new SurveyPageForm(e.getKey(), e.getValue()))
                .toList();
    }

    /** The variant's questions in page and position order, with their options: two queries. */
    private List<Placed> questions(long variantId) {
        record Row(
                long id,
                int page,
                QuestionKind kind,
                String text,
                @Nullable String help,
                boolean required,
                @Nullable Integer maxChoices,
                @Nullable Long shownIf,
                @Nullable String shownIfOption) {}
        List<Row> rows = jdbc.sql("""
                        SELECT id, page, kind, text, help, required, max_choices, shown_if_question_id,
                               shown_if_option_code
                        FROM survey_question WHERE variant_id = :variant ORDER BY page, position""")
                .param("variant", variantId)
                .query((rs, n) -> {
                    int max = rs.getInt("max_choices");
                    Integer maxChoices = rs.wasNull() ? null : max;
                    long shownIf = rs.getLong("shown_if_question_id");
                    Long condition = rs.wasNull() ? null : shownIf;
                    return new Row(
                            rs.getLong("id"),
                            rs.getInt("page"),
                            QuestionKind.valueOf(rs.getString("kind")),
                            rs.getString("text"),
                            rs.getString("help"),
                            rs.getBoolean("required"),
                            maxChoices,
                            condition,
                            rs.getString("shown_if_option_code"));
                })
                .list();
        Map<Long, List<SurveyPageForm.Option>> options = new HashMap<>();
        jdbc.sql("""
                        SELECT o.question_id, o.code, o.label FROM survey_option o
                        JOIN survey_question q ON q.id = o.question_id
                        WHERE q.variant_id = :variant ORDER BY o.question_id, o.position""")
                .param("variant", variantId)
                .query((rs, n) -> options.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                        .add(new SurveyPageForm.Option(rs.getString("code"), rs.getString("label"))))
                .list();
        List<Placed> placed = new ArrayList<>();
        for (Row row : rows) {
            placed.add(new Placed(
                    row.page(),
                    new SurveyPageForm.Question(
                            row.id(),
                            row.kind(),
                            row.text(),
                            row.help(),
                            row.required(),
                            row.maxChoices(),
                            options.getOrDefault(row.id(), List.of()),
                            row.shownIf(),
                            row.shownIfOption())));
        }
        return placed;
    }

    /** One stored row of a sheet's answers. */
    private record StoredAnswer(
            long questionId,
            int item,
            @Nullable String optionCode,
            @Nullable String text,
            @Nullable String review) {}

    private List<StoredAnswer> stored(byte[] sheetId) {
        return jdbc.sql("""
                        SELECT question_id, item, option_code, text_value, text_review FROM survey_answer
                        WHERE sheet_id = :sheet ORDER BY question_id, item""")
                .param("sheet", sheetId)
                .query((rs, n) -> new StoredAnswer(
                        rs.getLong("question_id"),
                        rs.getInt("item"),
                        rs.getString("option_code"),
                        rs.getString("text_value"),
                        rs.getString("text_review")))
                .list();
    }

    /** Question id to its values: option codes by item (rank order for a ranking), or the one text. */
    private static Map<Long, List<String>> values(List<StoredAnswer> stored) {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        for (StoredAnswer answer : stored) {
            String value = answer.optionCode() != null ? answer.optionCode() : answer.text();
            if (value != null) {
                values.computeIfAbsent(answer.questionId(), k -> new ArrayList<>())
                        .add(value);
            }
        }
        return values;
    }

    /** Blank texts are no answer; a text is kept as typed, but for its outer spaces. */
    private static List<String> cleaned(SurveyPageForm.Question question, List<String> values) {
        if (question.kind().text()) {
            return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        }
        return values;
    }

    /** The message key of what is wrong with a shown question's answer, if anything. */
    static Optional<String> check(SurveyPageForm.Question question, List<String> values) {
        if (values.isEmpty()) {
            return question.required() ? Optional.of("survey.answering.required") : Optional.empty();
        }
        boolean known = values.stream().allMatch(question::hasOption);
        boolean distinct = new HashSet<>(values).size() == values.size();
        return switch (question.kind()) {
            case SINGLE_CHOICE, SCALE, YES_NO ->
                values.size() == 1 && known ? Optional.empty() : Optional.of("survey.answering.invalid-option");
            case MULTIPLE_CHOICE -> {
                if (!known || !distinct) {
                    yield Optional.of("survey.answering.invalid-option");
                }
                Integer max = question.maxChoices();
                yield max != null && values.size() > max ? Optional.of("survey.answering.too-many") : Optional.empty();
            }
            case RANKING ->
                known && distinct && values.size() == question.options().size()
                        ? Optional.empty()
                        : Optional.of("survey.answering.ranking-incomplete");
            case SHORT_TEXT, LONG_TEXT ->
                values.size() == 1
                                && values.getFirst().length() <= question.kind().longestText()
                        ? Optional.empty()
                        : Optional.of("survey.answering.too-long");
        };
    }

    /**
     * The rows of one answer. A new or changed text is NEW: it reaches the moderators (PENDING) with the day's batch
     * (closing.SurveyClosing), never on its own; the same text saved again keeps the review it had; a text once
     * routed as a danger stays ROUTED whatever is written over it, so that a reworded disclosure is never published.
     */
    private static List<Object[]> rows(
            byte[] sheetId, SurveyPageForm.Question question, List<String> values, @Nullable StoredAnswer before) {
        List<Object[]> rows = new ArrayList<>();
        switch (question.kind()) {
            case MULTIPLE_CHOICE -> {
                for (String value : values) {
                    int position = 0;
                    for (int i = 0; i < question.options().size(); i++) {
                        if (question.options().get(i).code().equals(value)) {
                            position = i + 1;
                        }
                    }
                    rows.add(new Object[] {sheetId, question.id(), position, value, null, null});
                }
            }
            case RANKING -> {
                for (int rank = 1; rank <= values.size(); rank++) {
                    rows.add(new Object[] {sheetId, question.id(), rank, values.get(rank - 1), null, null});
                }
            }
            case SHORT_TEXT, LONG_TEXT -> {
                String text = values.getFirst();
                String review;
                if (before != null && "ROUTED".equals(before.review())) {
                    review = "ROUTED";
                } else if (before != null && text.equals(before.text()) && before.review() != null) {
                    review = before.review();
                } else {
                    review = "NEW";
                }
                rows.add(new Object[] {sheetId, question.id(), 0, null, text, review});
            }
            default -> rows.add(new Object[] {sheetId, question.id(), 0, values.getFirst(), null, null});
        }
        return rows;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Object[] concat(byte[] sheetId, Set<Long> questionIds) {
        List<Object> args = new ArrayList<>();
        args.add(sheetId);
        args.addAll(questionIds);
        return args.toArray();
    }
}
