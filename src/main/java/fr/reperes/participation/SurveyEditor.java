package fr.reperes.participation;

import fr.reperes.access.SurveyInformation;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.EditableSurvey.IndicatorLine;
import fr.reperes.participation.EditableSurvey.QuestionLine;
import fr.reperes.participation.EditableSurvey.VariantLine;
import fr.reperes.participation.closing.SurveyClosing;
import fr.reperes.platform.InvalidInputException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building surveys, for their authors (the animateur and the observatoire of the département): drafts, blank or
 * from a shipped template; settings, audience, indicators, age-banded variants, pages and questions with their
 * conditions; the preview; publishing; new versions; closing early. Every method asks {@link SurveyAccess} for
 * {@link SurveyInformation#AUTHORING} first. Nothing here reads a person's data or an answer: the only thing read of
 * the answers is whether a sheet refers to a version (its questions then never change: a new version is made) and,
 * for the list, how many sheets are finished.
 * <p>
 * Every change takes the survey row's lock first, so that two authors' edits (and the freeze check) are serialised.
 */
@Service
public class SurveyEditor {

    /** The fewest people an anonymous survey asks in each of its bands (the smallest count results ever show). */
    static final int FEWEST_ASKED = 5;

    /** survey.title, survey_variant.title */
    public static final int MAX_TITLE = 160;
    /** survey_variant.introduction (TEXT): what respondents read first. */
    public static final int MAX_INTRODUCTION = 2000;
    /** survey_question.text */
    public static final int MAX_QUESTION = 500;
    /** survey_question.help */
    public static final int MAX_HELP = 500;
    /** survey_option.code, survey_indicator.code */
    public static final int MAX_CODE = 40;
    /** survey_option.label */
    public static final int MAX_OPTION = 200;
    /** survey_indicator.label */
    public static final int MAX_INDICATOR = 160;
    /** The authors' list shows this many surveys at most, newest first. */
    public static final int LIST_LIMIT = 200;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<QuestionKind> CONDITION_TARGETS =
            Set.of(QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.YES_NO, QuestionKind.SCALE);

    private final SurveyAccess access;
    private final SurveyTemplates templates;
    private final SurveyDefinitionWriter writer;
    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyEditor(
            SurveyAccess access,
            SurveyTemplates templates,
            SurveyDefinitionWriter writer,
            JdbcClient jdbc,
            Clock clock) {
        this.access = access;
        this.templates = templates;
        this.writer = writer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ----------------------------------------------------------------------------------------------------- the list

    /**
     * The département's surveys, newest first ({@link #LIST_LIMIT} at most), each with its count of finished sheets
     * once closed and from 5 on ({@link SurveyDraftSummary}): one query, the counts grouped in it.
     */
    @Transactional(readOnly = true)
    public List<SurveyDraftSummary> surveys(Viewer viewer) {
        access.requireAcrossSurveys(viewer, SurveyInformation.AUTHORING);
        return jdbc.sql("""
                        SELECT s.id, s.title, s.status, s.opens_on, s.closes_on, s.template, COALESCE(a.n, 0) AS answers
                        FROM survey s
                        LEFT JOIN (SELECT sv.survey_id, COUNT(*) AS n
                                   FROM survey_sheet sh
                                   JOIN survey_variant va ON va.id = sh.variant_id
                                   JOIN survey_version sv ON sv.id = va.version_id
                                   JOIN survey s2 ON s2.id = sv.survey_id
                                   WHERE sh.finished AND s2.departement_id = :dep
                                   GROUP BY sv.survey_id) a ON a.survey_id = s.id
                        WHERE s.departement_id = :dep
                        ORDER BY s.created_at DESC, s.id DESC
                        LIMIT :limit""")
                .param("dep", viewer.departementId())
                .param("limit", LIST_LIMIT)
                .query((rs, n) -> {
                    String template = rs.getString("template");
                    return new SurveyDraftSummary(
                            rs.getLong("id"),
                            rs.getString("title"),
                            SurveyStatus.valueOf(rs.getString("status")),
                            rs.getObject("opens_on", LocalDate.class),
                            rs.getObject("closes_on", LocalDate.class),
                            template == null ? null : SurveyTemplate.valueOf(template),
                            shownCount(SurveyStatus.valueOf(rs.getString("status")), rs.getLong("answers")));
                })
                .list();
    }

    private static @Nullable Long shownCount(SurveyStatus status, long answers) {
        return status == SurveyStatus.CLOSED && answers >= SurveyDraftSummary.SMALLEST_SHOWN ? answers : null;
    }

    // --------------------------------------------------------------------------------------------------- creation

    /** A blank draft: anonymous, changes allowed, no dates, version 1 without variants. Returns its id. */
    @Transactional
    public long createBlank(Viewer viewer, String title) {
        access.requireAcrossSurveys(viewer, SurveyInformation.AUTHORING);
        String trimmed = title.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        checkTitle(trimmed, errors, "title");
        refuseIf(errors);
        return writer.draft(
                Objects.requireNonNull(viewer.departementId()),
                Objects.requireNonNull(viewer.accountId()),
                new SurveyDefinition(trimmed, true, true, null, null, Map.of(), List.of(), List.of()),
                null,
                clock.instant());
    }

    /** A draft copied from a shipped template, which the author then adapts. Returns its id. */
    @Transactional
    public long createFromTemplate(Viewer viewer, SurveyTemplate template) {
        access.requireAcrossSurveys(viewer, SurveyInformation.AUTHORING);
        return writer.draft(
                Objects.requireNonNull(viewer.departementId()),
                Objects.requireNonNull(viewer.accountId()),
                templates.definition(template),
                template,
                clock.instant());
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The survey as its authors edit it: settings, audience, indicators and the latest version. */
    @Transactional(readOnly = true)
    public EditableSurvey survey(Viewer viewer, long surveyId) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        return load(surveyId);
    }

    /** The territories and councils of the viewer's département, for the audience's choices. */
    @Transactional(readOnly = true)
    public SurveyAudienceChoices audienceChoices(Viewer viewer) {
        access.requireAcrossSurveys(viewer, SurveyInformation.AUTHORING);
        return new SurveyAudienceChoices(
                jdbc.sql("SELECT id, name FROM dossier_territory_view WHERE departement_id = :dep ORDER BY name")
                        .param("dep", viewer.departementId())
                        .query((rs, n) -> new SurveyAudienceChoices.Choice(rs.getString("id"), rs.getString("name")))
                        .list(),
                jdbc.sql("SELECT id, name FROM council WHERE departement_id = :dep ORDER BY name")
                        .param("dep", viewer.departementId())
                        .query((rs, n) -> new SurveyAudienceChoices.Choice(rs.getString("id"), rs.getString("name")))
                        .list());
    }

    /**
     * The latest version's variant for {@code band} as its respondents will read it; empty when the survey has no
     * variant for that band.
     */
    @Transactional(readOnly = true)
    public Optional<SurveyPreview> preview(Viewer viewer, long surveyId, SurveyBand band) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = load(surveyId);
        return survey.variants().stream()
                .filter(v -> v.band() == band)
                .findFirst()
                .map(v -> new SurveyPreview(
                        surveyId,
                        band,
                        v.title(),
                        v.introduction(),
                        survey.anonymous(),
                        survey.changesAllowed(),
                        survey.closesOn(),
                        v.questions()));
    }

    // --------------------------------------------------------------------------------------------------- settings

    /**
     * Title, anonymity, changes and dates. The dates may change while the survey is published (the close may not be
     * in the past, nor be removed once published); anonymity may not change once anyone has started answering, since
     * respondents were told before they started.
     */
    @Transactional
    public void saveSettings(Viewer viewer, long surveyId, SurveySettings settings) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfClosed(survey);
        String title = settings.title().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        checkTitle(title, errors, "title");
        LocalDate opens = settings.opensOn();
        LocalDate closes = settings.closesOn();
        LocalDate today = access.today();
        if (opens != null && closes != null && opens.isAfter(closes)) {
            errors.put("closesOn", "survey.settings.invalid.closes-before-opens");
        } else if (closes != null && closes.isBefore(today) && !closes.equals(survey.closesOn())) {
            errors.put("closesOn", "survey.settings.invalid.closes-past");
        } else if (closes == null && survey.status() == SurveyStatus.PUBLISHED) {
            errors.put("closesOn", "survey.settings.invalid.closes-required");
        }
        if (settings.anonymous() != survey.anonymous() && survey.answered()) {
            errors.put("anonymous", "survey.settings.invalid.anonymity-answered");
        }
        refuseIf(errors);
        jdbc.sql("""
                        UPDATE survey SET title = :title, anonymous = :anonymous, changes_allowed = :changes,
                                          opens_on = :opens, closes_on = :closes
                        WHERE id = :id""")
                .param("title", title)
                .param("anonymous", settings.anonymous())
                .param("changes", settings.changesAllowed())
                .param("opens", opens)
                .param("closes", closes)
                .param("id", surveyId)
                .update();
    }

    /**
     * Whom the survey asks besides the bands: for each dimension the values it takes (none: everyone). Measure and
     * lieu d'accueil kinds are the dossier's; territories and councils those of the département.
     */
    @Transactional
    public void saveAudience(Viewer viewer, long surveyId, Map<AudienceDimension, Set<String>> audience) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfClosed(survey);
        SurveyAudienceChoices choices = audienceChoices(viewer);
        Map<AudienceDimension, Set<String>> allowed = new EnumMap<>(AudienceDimension.class);
        allowed.put(AudienceDimension.MEASURE_KIND, names(MeasureKind.values()));
        allowed.put(AudienceDimension.PLACEMENT_KIND, names(PlacementKind.values()));
        allowed.put(AudienceDimension.TERRITORY, values(choices.territories()));
        allowed.put(AudienceDimension.COUNCIL, values(choices.councils()));
        Map<String, String> errors = new LinkedHashMap<>();
        audience.forEach((dimension, chosen) -> {
            if (!allowed.getOrDefault(dimension, Set.of()).containsAll(chosen)) {
                errors.put("audience." + dimension.name(), "survey.audience.invalid.value");
            }
        });
        refuseIf(errors);
        jdbc.sql("DELETE FROM survey_audience WHERE survey_id = :s")
                .param("s", surveyId)
                .update();
        audience.forEach((dimension, chosen) -> {
            for (String value : new TreeSet<>(chosen)) {
                jdbc.sql("INSERT INTO survey_audience (survey_id, dimension, value) VALUES (:s, :d, :v)")
                        .param("s", surveyId)
                        .param("d", dimension.name())
                        .param("v", value)
                        .update();
            }
        });
    }

    // ------------------------------------------------------------------------------------------------- indicators

    /** An indicator the survey's variants map their questions to, so that results combine. Returns its id. */
    @Transactional
    public long addIndicator(Viewer viewer, long surveyId, String code, String label) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfClosed(survey);
        String c = code.strip();
        String l = label.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CODE.matcher(c).matches() || c.length() > MAX_CODE) {
            errors.put("code", "survey.indicator.invalid.code");
        } else if (survey.indicators().stream().anyMatch(i -> i.code().equalsIgnoreCase(c))) {
            errors.put("code", "survey.indicator.invalid.code-taken");
        }
        if (l.isEmpty() || l.length() > MAX_INDICATOR) {
            errors.put("label", "survey.indicator.invalid.label");
        }
        refuseIf(errors);
        return insertIndicator(surveyId, c, l);
    }

    /** Removes an indicator no question of any version measures. */
    @Transactional
    public void removeIndicator(Viewer viewer, long surveyId, long indicatorId) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfClosed(survey);
        int used = jdbc.sql("SELECT COUNT(*) FROM survey_question WHERE indicator_id = :i")
                .param("i", indicatorId)
                .query(Integer.class)
                .single();
        if (used > 0) {
            throw invalid("indicator", "survey.indicator.invalid.used");
        }
        jdbc.sql("DELETE FROM survey_indicator WHERE id = :i AND survey_id = :s")
                .param("i", indicatorId)
                .param("s", surveyId)
                .update();
    }

    // --------------------------------------------------------------------------------------------------- variants

    /** A variant of the latest version for a band that has none yet. */
    @Transactional
    public void addVariant(Viewer viewer, long surveyId, SurveyBand band, String title, String introduction) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfFrozen(survey);
        Map<String, String> errors = variantErrors(title.strip(), introduction.strip());
        if (survey.variants().stream().anyMatch(v -> v.band() == band)) {
            errors.put("band", "survey.variant.invalid.band-taken");
        }
        refuseIf(errors);
        writer.variant(
                latestVersionId(surveyId),
                new SurveyDefinition.Variant(band, title.strip(), introduction.strip(), List.of()),
                Map.of());
    }

    /** A variant's title and introduction. */
    @Transactional
    public void saveVariant(Viewer viewer, long surveyId, SurveyBand band, String title, String introduction) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfFrozen(survey);
        VariantLine variant = variant(survey, band);
        refuseIf(variantErrors(title.strip(), introduction.strip()));
        jdbc.sql("UPDATE survey_variant SET title = :t, introduction = :i WHERE id = :id")
                .param("t", title.strip())
                .param("i", introduction.strip())
                .param("id", variant.id())
                .update();
    }

    /** Removes a band's variant and its questions. */
    @Transactional
    public void removeVariant(Viewer viewer, long surveyId, SurveyBand band) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfFrozen(survey);
        VariantLine variant = variant(survey, band);
        jdbc.sql("""
                        UPDATE survey_question SET shown_if_question_id = NULL, shown_if_option_code = NULL
                        WHERE variant_id = :v""").param("v", variant.id()).update();
        jdbc.sql("DELETE o FROM survey_option o JOIN survey_question q ON q.id = o.question_id WHERE q.variant_id = :v")
                .param("v", variant.id())
                .update();
        jdbc.sql("DELETE FROM survey_question WHERE variant_id = :v")
                .param("v", variant.id())
                .update();
        jdbc.sql("DELETE FROM survey_variant WHERE id = :v")
                .param("v", variant.id())
                .update();
    }

    // -------------------------------------------------------------------------------------------------- questions

    /** A question added at the end of its page in the band's variant. Returns its id. */
    @Transactional
    public long addQuestion(Viewer viewer, long surveyId, SurveyBand band, QuestionDraft draft) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfFrozen(survey);
        VariantLine variant = variant(survey, band);
        QuestionDraft clean = clean(draft);
        int position = endOfPage(variant, clean.page());
        refuseIf(questionErrors(survey, variant, null, clean, position));
        return writer.question(variant.id(), clean.page(), position, clean);
    }

    /**
     * Saves over a question. A page changed puts it at the end of its new page. Refused when a later question's
     * condition depends on it and the change would break that condition (kind, the option, the order).
     */
    @Transactional
    public void saveQuestion(Viewer viewer, long surveyId, long questionId, QuestionDraft draft) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfFrozen(survey);
        VariantLine variant = variantOf(survey, questionId);
        QuestionLine current = question(variant, questionId);
        QuestionDraft clean = clean(draft);
        int position = clean.page() == current.page() ? current.position() : endOfPage(variant, clean.page());
        refuseIf(questionErrors(survey, variant, current, clean, position));
        jdbc.sql("""
                        UPDATE survey_question SET page = :page, position = :position, kind = :kind, text = :text,
                               help = :help, required = :required, max_choices = :maxChoices, indicator_id = :indicator,
                               shown_if_question_id = :shownIf, shown_if_option_code = :shownIfOption
                        WHERE id = :id""")
                .param("page", clean.page())
                .param("position", position)
                .param("kind", clean.kind().name())
                .param("text", clean.text())
                .param("help", clean.help())
                .param("required", clean.required())
                .param("maxChoices", clean.maxChoices())
                .param("indicator", clean.indicatorId())
                .param("shownIf", clean.shownIfQuestionId())
                .param("shownIfOption", clean.shownIfOption())
                .param("id", questionId)
                .update();
        writer.options(questionId, clean.kind(), clean.options());
    }

    /**
     * Moves a question one step up or down in its variant: it swaps with its neighbour on the same page, or goes to
     * the end of the previous page (the start of the next one) when it is at its page's edge. Refused when a
     * condition would then come before the question it depends on.
     */
    @Transactional
    public void moveQuestion(Viewer viewer, long surveyId, long questionId, boolean up) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfFrozen(survey);
        VariantLine variant = variantOf(survey, questionId);
        List<QuestionLine> questions = variant.questions();
        QuestionLine moved = question(variant, questionId);
        int index = questions.indexOf(moved);
        int neighbourIndex = up ? index - 1 : index + 1;
        if (neighbourIndex < 0 || neighbourIndex >= questions.size()) {
            if (!up && questions.stream().anyMatch(q -> q.page() == moved.page() && q.id() != moved.id())) {
                // The last question, moved down, starts a new page of its own.
                setPlace(moved.id(), moved.page() + 1, 1);
            }
            return;
        }
        QuestionLine neighbour = questions.get(neighbourIndex);
        if (neighbour.page() != moved.page()) {
            // Across a page's edge the order stays: the question changes page, no condition can break.
            if (up) {
                setPlace(moved.id(), neighbour.page(), endOfPage(variant, neighbour.page()));
            } else {
                jdbc.sql("""
                                UPDATE survey_question SET position = position + 1
                                WHERE variant_id = :v AND page = :page ORDER BY position DESC""")
                        .param("v", variant.id())
                        .param("page", neighbour.page())
                        .update();
                setPlace(moved.id(), neighbour.page(), 1);
            }
            return;
        }
        if (Objects.equals(moved.shownIfQuestionId(), neighbour.id())
                || Objects.equals(neighbour.shownIfQuestionId(), moved.id())) {
            throw invalid("move", "survey.question.invalid.move-condition");
        }
        setPlace(moved.id(), moved.page(), -moved.position());
        setPlace(neighbour.id(), neighbour.page(), moved.position());
        setPlace(moved.id(), moved.page(), neighbour.position());
    }

    /** Deletes a question no later question's condition depends on. */
    @Transactional
    public void deleteQuestion(Viewer viewer, long surveyId, long questionId) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfFrozen(survey);
        VariantLine variant = variantOf(survey, questionId);
        if (variant.questions().stream().anyMatch(q -> Objects.equals(q.shownIfQuestionId(), questionId))) {
            throw invalid("delete", "survey.question.invalid.delete-condition");
        }
        jdbc.sql("DELETE FROM survey_option WHERE question_id = :q")
                .param("q", questionId)
                .update();
        jdbc.sql("DELETE FROM survey_question WHERE id = :q")
                .param("q", questionId)
                .update();
    }

    // ------------------------------------------------------------------------------------ publishing and versions

    /**
     * Publishes the latest version: the survey becomes PUBLISHED (open between its dates) and respondents who start
     * from now answer this version. Refused unless there is a variant, every variant has a question, every choice
     * question has options, and the closing date is set and not past.
     */
    @Transactional
    public void publish(Viewer viewer, long surveyId) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfClosed(survey);
        Map<String, String> errors = new LinkedHashMap<>();
        if (survey.versionPublished()) {
            errors.put("publish", "survey.publish.invalid.already");
        }
        if (survey.variants().isEmpty()) {
            errors.put("variants", "survey.publish.invalid.no-variant");
        }
        if (survey.variants().stream().anyMatch(v -> v.questions().isEmpty())) {
            errors.put("questions", "survey.publish.invalid.empty-variant");
        }
        if (survey.variants().stream()
                .flatMap(v -> v.questions().stream())
                .anyMatch(q -> q.kind().authoredOptions() && q.options().size() < 2)) {
            errors.put("options", "survey.publish.invalid.empty-choice");
        }
        LocalDate closes = survey.closesOn();
        if (closes == null) {
            errors.put("closesOn", "survey.publish.invalid.no-close");
        } else if (closes.isBefore(access.today())) {
            errors.put("closesOn", "survey.settings.invalid.closes-past");
        }
        refuseIf(errors);
        long latest = latestVersionId(surveyId);
        if (survey.versionNumber() > 1 && sameAsPrevious(surveyId, latest)) {
            throw invalid("publish", "survey.publish.invalid.unchanged");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE survey_version SET published_at = :now WHERE id = :v")
                .param("now", now)
                .param("v", latest)
                .update();
        if (survey.status() == SurveyStatus.DRAFT) {
            jdbc.sql("UPDATE survey SET status = 'PUBLISHED', published_at = :now WHERE id = :s")
                    .param("now", now)
                    .param("s", surveyId)
                    .update();
        }
        if (survey.anonymous()) {
            // Counted with the version just published (the audience rule reads the latest published one); refused, the
            // transaction undoes it.
            refuseIfTooFewAsked(survey);
        }
    }

    /**
     * An anonymous survey that asks fewer than {@value #FEWEST_ASKED} people in one of its bands is anonymous in name
     * only: who answered is known to few, and their words are theirs. Counted by the audience rule, one statement per
     * band.
     */
    private void refuseIfTooFewAsked(EditableSurvey survey) {
        LocalDate today = access.today();
        for (EditableSurvey.VariantLine variant : survey.variants()) {
            String sql = variant.band().young()
                    ? "SELECT COUNT(*) FROM survey s JOIN dossier_young_person_view yp"
                            + " ON yp.departement_id = s.departement_id WHERE s.id = :s AND "
                            + SurveyBand.sqlOf("yp.birth_date") + " = :band AND "
                            + SurveyAudience.asksYoungPerson("s", "yp")
                    : "SELECT COUNT(*) FROM survey s JOIN dossier_parent_view p ON p.departement_id = s.departement_id"
                            + " WHERE s.id = :s AND " + SurveyAudience.asksParent("s", "p.id");
            long asked = jdbc.sql(sql)
                    .param("s", survey.id())
                    .param("band", variant.band().name())
                    .param("today", today)
                    .query(Long.class)
                    .single();
            if (asked < FEWEST_ASKED) {
                throw invalid("audience", "survey.publish.invalid.too-few");
            }
        }
    }

    /**
     * A new, unpublished version copied from the latest published one (variants, questions, options, conditions
     * pointing to the copies), to edit and publish; sheets already started stay on theirs. Returns its number.
     */
    @Transactional
    public int newVersion(Viewer viewer, long surveyId) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        refuseIfClosed(survey);
        if (!survey.versionPublished()) {
            throw invalid("version", "survey.version.invalid.unpublished");
        }
        Map<Long, String> indicatorCodes =
                survey.indicators().stream().collect(Collectors.toMap(IndicatorLine::id, IndicatorLine::code));
        Map<String, Long> indicatorIds =
                survey.indicators().stream().collect(Collectors.toMap(IndicatorLine::code, IndicatorLine::id));
        int number = survey.versionNumber() + 1;
        long versionId = writer.version(surveyId, number);
        for (VariantLine variant : survey.variants()) {
            List<SurveyDefinition.Question> questions = variant.questions().stream()
                    .map(q -> {
                        Long indicator = q.indicatorId();
                        Long shownIf = q.shownIfQuestionId();
                        return new SurveyDefinition.Question(
                                String.valueOf(q.id()),
                                q.page(),
                                q.kind(),
                                q.text(),
                                q.help(),
                                q.required(),
                                q.maxChoices(),
                                indicator == null ? null : indicatorCodes.get(indicator),
                                q.options(),
                                shownIf == null ? null : String.valueOf(shownIf),
                                q.shownIfOption());
                    })
                    .toList();
            writer.variant(
                    versionId,
                    new SurveyDefinition.Variant(variant.band(), variant.title(), variant.introduction(), questions),
                    indicatorIds);
        }
        return number;
    }

    /**
     * "Clore maintenant": the survey closes today for respondents (status CLOSED, its closing date yesterday unless
     * it was earlier), and is tidied in the same transaction as the closing job tidies it ({@link SurveyClosing#tidy}):
     * results are computed only on a closed survey, so there is no moment when they show the answers before the tidy.
     * Only a published survey closes.
     */
    @Transactional
    public void closeNow(Viewer viewer, long surveyId) {
        access.require(viewer, surveyId, SurveyInformation.AUTHORING);
        EditableSurvey survey = lock(surveyId);
        if (survey.status() != SurveyStatus.PUBLISHED) {
            throw invalid("close", "survey.close.invalid.not-published");
        }
        LocalDate yesterday = access.today().minusDays(1);
        LocalDate closes = survey.closesOn();
        jdbc.sql("UPDATE survey SET status = 'CLOSED', closes_on = :closes WHERE id = :s")
                .param("closes", closes == null || closes.isAfter(yesterday) ? yesterday : closes)
                .param("s", surveyId)
                .update();
        SurveyClosing.tidy(jdbc, surveyId);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /**
     * Whether a version asks exactly what the version published before it asked (variants, questions, conditions,
     * options). Such a version would change nothing for respondents and serve only as a time marker on the sheets
     * started after it (docs/survey-anonymity.md, "Versions"): it is refused.
     */
    private boolean sameAsPrevious(long surveyId, long versionId) {
        Optional<Long> previous = jdbc.sql("SELECT id FROM survey_version WHERE survey_id = :s AND id < :v"
                        + " AND published_at IS NOT NULL ORDER BY id DESC LIMIT 1")
                .param("s", surveyId)
                .param("v", versionId)
                .query(Long.class)
                .optional();
        return previous.isPresent() && content(previous.get()).equals(content(versionId));
    }

    /** A version's content as comparable lines, without ids: two queries. */
    private List<String> content(long versionId) {
        List<String> lines = new ArrayList<>(jdbc.sql("SELECT CONCAT_WS('|', v.band, v.title, v.introduction,"
                        + " COALESCE(q.page, ''), COALESCE(q.position, ''), COALESCE(q.kind, ''), COALESCE(q.text, ''),"
                        + " COALESCE(q.help, '-'), COALESCE(q.required, ''), COALESCE(q.max_choices, '-'),"
                        + " COALESCE(i.code, '-'), COALESCE(c.page, '-'), COALESCE(c.position, '-'),"
                        + " COALESCE(q.shown_if_option_code, '-')) FROM survey_variant v"
                        + " LEFT JOIN survey_question q ON q.variant_id = v.id"
                        + " LEFT JOIN survey_indicator i ON i.id = q.indicator_id"
                        + " LEFT JOIN survey_question c ON c.id = q.shown_if_question_id"
                        + " WHERE v.version_id = :v ORDER BY v.band, q.page, q.position")
                .param("v", versionId)
                .query(String.class)
                .list());
        lines.addAll(jdbc.sql("SELECT CONCAT_WS('|', v.band, q.page, q.position, o.position, o.code, o.label)"
                        + " FROM survey_option o JOIN survey_question q ON q.id = o.question_id"
                        + " JOIN survey_variant v ON v.id = q.variant_id WHERE v.version_id = :v"
                        + " ORDER BY v.band, q.page, q.position, o.position")
                .param("v", versionId)
                .query(String.class)
                .list());
        return lines;
    }

    private EditableSurvey lock(long surveyId) {
        jdbc.sql("SELECT id FROM survey WHERE id = :s FOR UPDATE")
                .param("s", surveyId)
                .query(Long.class)
                .single();
        return load(surveyId);
    }

    private EditableSurvey load(long surveyId) {
        Map<String, Object> row = jdbc.sql("SELECT * FROM survey WHERE id = :s")
                .param("s", surveyId)
                .query()
                .singleRow();
        Map<AudienceDimension, Set<String>> audience = new EnumMap<>(AudienceDimension.class);
        jdbc.sql("SELECT dimension, value FROM survey_audience WHERE survey_id = :s ORDER BY dimension, value")
                .param("s", surveyId)
                .query((rs, n) -> audience.computeIfAbsent(
                                AudienceDimension.valueOf(rs.getString("dimension")), d -> new LinkedHashSet<>())
                        .add(rs.getString("value")))
                .list();
        List<IndicatorLine> indicators = jdbc.sql(
                        "SELECT id, code, label FROM survey_indicator WHERE survey_id = :s ORDER BY code")
                .param("s", surveyId)
                .query((rs, n) -> new IndicatorLine(rs.getLong("id"), rs.getString("code"), rs.getString("label")))
                .list();
        Map<String, Object> version = jdbc.sql("""
                        SELECT id, number, published_at IS NOT NULL AS published,
                               EXISTS (SELECT 1 FROM survey_sheet sh JOIN survey_variant va ON va.id = sh.variant_id
                                       WHERE va.version_id = sv.id) AS frozen,
                               EXISTS (SELECT 1 FROM survey_sheet sh JOIN survey_variant va ON va.id = sh.variant_id
                                       JOIN survey_version v2 ON v2.id = va.version_id
                                       WHERE v2.survey_id = sv.survey_id) AS answered
                        FROM survey_version sv WHERE survey_id = :s ORDER BY number DESC LIMIT 1""").param("s", surveyId).query().singleRow();
        long versionId = ((Number) Objects.requireNonNull(version.get("id"))).longValue();
        Map<Long, List<SurveyDefinition.Option>> options = new HashMap<>();
        jdbc.sql("""
                        SELECT o.question_id, o.code, o.label FROM survey_option o
                        JOIN survey_question q ON q.id = o.question_id
                        JOIN survey_variant va ON va.id = q.variant_id
                        WHERE va.version_id = :v ORDER BY o.question_id, o.position""")
                .param("v", versionId)
                .query((rs, n) -> options.computeIfAbsent(rs.getLong("question_id"), q -> new ArrayList<>())
                        .add(new SurveyDefinition.Option(rs.getString("code"), rs.getString("label"))))
                .list();
        Map<Long, List<QuestionLine>> questions = new HashMap<>();
        jdbc.sql("""
                        SELECT q.* FROM survey_question q JOIN survey_variant va ON va.id = q.variant_id
                        WHERE va.version_id = :v ORDER BY q.variant_id, q.page, q.position""")
                .param("v", versionId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    int max = rs.getInt("max_choices");
                    Integer maxChoices = rs.wasNull() ? null : max;
                    long indicator = rs.getLong("indicator_id");
                    Long indicatorId = rs.wasNull() ? null : indicator;
                    long shownIf = rs.getLong("shown_if_question_id");
                    Long shownIfId = rs.wasNull() ? null : shownIf;
                    return questions
                            .computeIfAbsent(rs.getLong("variant_id"), v -> new ArrayList<>())
                            .add(new QuestionLine(
                                    id,
                                    rs.getInt("page"),
                                    rs.getInt("position"),
                                    QuestionKind.valueOf(rs.getString("kind")),
                                    rs.getString("text"),
                                    rs.getString("help"),
                                    rs.getBoolean("required"),
                                    maxChoices,
                                    indicatorId,
                                    options.getOrDefault(id, List.of()),
                                    shownIfId,
                                    rs.getString("shown_if_option_code")));
                })
                .list();
        List<VariantLine> variants = jdbc
                .sql("SELECT id, band, title, introduction FROM survey_variant WHERE version_id = :v")
                .param("v", versionId)
                .query((rs, n) -> new VariantLine(
                        rs.getLong("id"),
                        SurveyBand.valueOf(rs.getString("band")),
                        rs.getString("title"),
                        rs.getString("introduction"),
                        questions.getOrDefault(rs.getLong("id"), List.of())))
                .list()
                .stream()
                .sorted((a, b) -> a.band().compareTo(b.band()))
                .toList();
        String template = (String) row.get("template");
        return new EditableSurvey(
                surveyId,
                (String) Objects.requireNonNull(row.get("title")),
                bool(row.get("anonymous")),
                bool(row.get("changes_allowed")),
                date(row.get("opens_on")),
                date(row.get("closes_on")),
                SurveyStatus.valueOf((String) Objects.requireNonNull(row.get("status"))),
                template == null ? null : SurveyTemplate.valueOf(template),
                audience,
                indicators,
                ((Number) Objects.requireNonNull(version.get("number"))).intValue(),
                bool(version.get("published")),
                bool(version.get("frozen")),
                bool(version.get("answered")),
                variants);
    }

    private long latestVersionId(long surveyId) {
        return jdbc.sql("SELECT id FROM survey_version WHERE survey_id = :s ORDER BY number DESC LIMIT 1")
                .param("s", surveyId)
                .query(Long.class)
                .single();
    }

    private long insertIndicator(long surveyId, String code, String label) {
        jdbc.sql("INSERT INTO survey_indicator (survey_id, code, label) VALUES (:s, :c, :l)")
                .param("s", surveyId)
                .param("c", code)
                .param("l", label)
                .update();
        return jdbc.sql("SELECT id FROM survey_indicator WHERE survey_id = :s AND code = :c")
                .param("s", surveyId)
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private void setPlace(long questionId, int page, int position) {
        jdbc.sql("UPDATE survey_question SET page = :page, position = :position WHERE id = :id")
                .param("page", page)
                .param("position", position)
                .param("id", questionId)
                .update();
    }

    private static int endOfPage(VariantLine variant, int page) {
        return variant.questions().stream()
                        .filter(q -> q.page() == page)
                        .mapToInt(QuestionLine::position)
                        .max()
                        .orElse(0)
                + 1;
    }

    private static VariantLine variant(EditableSurvey survey, SurveyBand band) {
        return survey.variants().stream()
                .filter(v -> v.band() == band)
                .findFirst()
                .orElseThrow(() -> invalid("band", "survey.variant.invalid.none"));
    }

    private static VariantLine variantOf(EditableSurvey survey, long questionId) {
        return survey.variants().stream()
                .filter(v -> v.questions().stream().anyMatch(q -> q.id() == questionId))
                .findFirst()
                .orElseThrow(() -> invalid("question", "survey.question.invalid.unknown"));
    }

    private static QuestionLine question(VariantLine variant, long questionId) {
        return variant.questions().stream()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElseThrow(() -> invalid("question", "survey.question.invalid.unknown"));
    }

    /** Trimmed texts, the options the kind takes, no maximum but for multiple choice, blank help as none. */
    private static QuestionDraft clean(QuestionDraft draft) {
        String help = draft.help() == null ? null : draft.help().strip();
        List<SurveyDefinition.Option> options = SurveyDefinitionWriter.optionsOf(
                draft.kind(),
                draft.options().stream()
                        .map(o -> new SurveyDefinition.Option(
                                o.code().strip(), o.label().strip()))
                        .toList());
        boolean condition = draft.shownIfQuestionId() != null || draft.shownIfOption() != null;
        return new QuestionDraft(
                draft.page(),
                draft.kind(),
                draft.text().strip(),
                help == null || help.isEmpty() ? null : help,
                draft.required(),
                draft.kind() == QuestionKind.MULTIPLE_CHOICE ? draft.maxChoices() : null,
                draft.indicatorId(),
                options,
                condition ? draft.shownIfQuestionId() : null,
                condition ? draft.shownIfOption() : null);
    }

    private static Map<String, String> questionErrors(
            EditableSurvey survey,
            VariantLine variant,
            @Nullable QuestionLine current,
            QuestionDraft draft,
            int position) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.text().isEmpty()) {
            errors.put("text", "survey.question.invalid.text");
        } else if (draft.text().length() > MAX_QUESTION) {
            errors.put("text", "survey.question.invalid.text-length");
        }
        String help = draft.help();
        if (help != null && help.length() > MAX_HELP) {
            errors.put("help", "survey.question.invalid.help-length");
        }
        int lastPage = variant.questions().stream()
                .filter(q -> current == null || q.id() != current.id())
                .mapToInt(QuestionLine::page)
                .max()
                .orElse(0);
        if (draft.page() < 1 || draft.page() > lastPage + 1) {
            errors.put("page", "survey.question.invalid.page");
        }
        if (draft.kind().authoredOptions()) {
            List<SurveyDefinition.Option> options = draft.options();
            Set<String> codes = new HashSet<>();
            boolean valid = options.size() >= 2
                    && options.stream()
                            .allMatch(o -> CODE.matcher(o.code()).matches()
                                    && o.code().length() <= MAX_CODE
                                    && !o.label().isEmpty()
                                    && o.label().length() <= MAX_OPTION
                                    && codes.add(o.code()));
            if (!valid) {
                errors.put("options", "survey.question.invalid.options");
            }
        }
        Integer max = draft.maxChoices();
        if (draft.kind() == QuestionKind.MULTIPLE_CHOICE
                && (max == null || max < 1 || max > draft.options().size())) {
            errors.put("maxChoices", "survey.question.invalid.max-choices");
        }
        Long indicator = draft.indicatorId();
        if (indicator != null && survey.indicators().stream().noneMatch(i -> i.id() == indicator)) {
            errors.put("indicator", "survey.question.invalid.indicator");
        } else if (indicator != null) {
            String mapping = indicatorError(survey, variant, current, draft, indicator);
            if (mapping != null) {
                errors.put("indicator", mapping);
            }
        }
        String condition = conditionError(variant, current, draft, position);
        if (condition != null) {
            errors.put("condition", condition);
        }
        if (current != null) {
            String dependents = dependentsError(variant, current, draft, position);
            if (dependents != null) {
                errors.put("kind", dependents);
            }
        }
        return errors;
    }

    /**
     * An indicator combines one question of each band: a second question of the same band on it would count its
     * respondents twice, and another kind of question (single choice here, several there) would make its options a
     * sum here and shares there, so neither is accepted.
     */
    private static @Nullable String indicatorError(
            EditableSurvey survey,
            VariantLine variant,
            @Nullable QuestionLine current,
            QuestionDraft draft,
            long indicator) {
        boolean taken = variant.questions().stream()
                .anyMatch(
                        q -> (current == null || q.id() != current.id()) && Objects.equals(q.indicatorId(), indicator));
        if (taken) {
            return "survey.question.invalid.indicator-taken";
        }
        boolean otherKind = survey.variants().stream()
                .flatMap(v -> v.questions().stream())
                .anyMatch(q -> (current == null || q.id() != current.id())
                        && Objects.equals(q.indicatorId(), indicator)
                        && q.kind() != draft.kind());
        return otherKind ? "survey.question.invalid.indicator-kind" : null;
    }

    /** The condition names an earlier question of the same variant, of a kind answered by options, and one of them. */
    private static @Nullable String conditionError(
            VariantLine variant, @Nullable QuestionLine current, QuestionDraft draft, int position) {
        Long targetId = draft.shownIfQuestionId();
        String option = draft.shownIfOption();
        if (targetId == null && option == null) {
            return null;
        }
        if (targetId == null || option == null || option.isBlank()) {
            return "survey.question.invalid.condition-incomplete";
        }
        Optional<QuestionLine> target =
                variant.questions().stream().filter(q -> q.id() == targetId).findFirst();
        if (target.isEmpty()) {
            return "survey.question.invalid.condition-unknown";
        }
        QuestionLine t = target.get();
        if ((current != null && t.id() == current.id()) || !before(t.page(), t.position(), draft.page(), position)) {
            return "survey.question.invalid.condition-later";
        }
        if (!CONDITION_TARGETS.contains(t.kind())) {
            return "survey.question.invalid.condition-kind";
        }
        if (t.options().stream().noneMatch(o -> o.code().equals(option))) {
            return "survey.question.invalid.condition-option";
        }
        return null;
    }

    /** The questions whose condition depends on this one still can: same kind family, the option, after it. */
    private static @Nullable String dependentsError(
            VariantLine variant, QuestionLine current, QuestionDraft draft, int position) {
        for (QuestionLine dependent : variant.questions()) {
            if (!Objects.equals(dependent.shownIfQuestionId(), current.id())) {
                continue;
            }
            boolean keeps = CONDITION_TARGETS.contains(draft.kind())
                    && draft.options().stream().anyMatch(o -> o.code().equals(dependent.shownIfOption()))
                    && before(draft.page(), position, dependent.page(), dependent.position());
            if (!keeps) {
                return "survey.question.invalid.depended-on";
            }
        }
        return null;
    }

    private static boolean before(int page, int position, int otherPage, int otherPosition) {
        return page < otherPage || (page == otherPage && position < otherPosition);
    }

    private static Map<String, String> variantErrors(String title, String introduction) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkTitle(title, errors, "variantTitle");
        if (introduction.length() > MAX_INTRODUCTION) {
            errors.put("introduction", "survey.variant.invalid.introduction");
        }
        return errors;
    }

    private static void checkTitle(String title, Map<String, String> errors, String field) {
        if (title.isEmpty()) {
            errors.put(field, "survey.invalid.title");
        } else if (title.length() > MAX_TITLE) {
            errors.put(field, "survey.invalid.title-length");
        }
    }

    private static void refuseIfClosed(EditableSurvey survey) {
        if (survey.status() == SurveyStatus.CLOSED) {
            throw invalid("status", "survey.edit.invalid.closed");
        }
    }

    /** Questions and variants change only in a version no sheet refers to. */
    private static void refuseIfFrozen(EditableSurvey survey) {
        refuseIfClosed(survey);
        if (survey.frozen()) {
            throw invalid("version", "survey.edit.invalid.frozen");
        }
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InvalidInputException invalid(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<String> values(List<SurveyAudienceChoices.Choice> choices) {
        return choices.stream().map(SurveyAudienceChoices.Choice::value).collect(Collectors.toSet());
    }

    private static boolean bool(@Nullable Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        if (value instanceof Date sql) {
            return sql.toLocalDate();
        }
        return value instanceof LocalDate date ? date : null;
    }
}
