package fr.reperes.participation.imports;

import fr.reperes.participation.SurveyAudience;
import fr.reperes.participation.SurveyBand;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes finished answer sheets as they would stand after people answered (the demo's surveys only), keeping the
 * anonymity design of V22: each sheet gets 16 random bytes from {@link SecureRandom}; "has answered" rows are written
 * in the same transaction but apart, never paired with a sheet (bulk sheets are written in the order of their random
 * ids, participations in the order of their keys); no timestamp, no order. An anonymous survey's sheet names nobody.
 */
@Service
public class SurveyAnswerImport {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SurveyAnswerImport(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * One answered item: item 0 for a single value; a multiple choice's option position; a ranking's rank (from 1).
     * {@code textReview} for text answers only (PENDING, PUBLISHABLE, HIDDEN).
     */
    public record Answer(
            long questionId,
            int item,
            @Nullable String optionCode,
            @Nullable String text,
            @Nullable String textReview) {

        public static Answer option(long questionId, int item, String code) {
            return new Answer(questionId, item, code, null, null);
        }

        public static Answer text(long questionId, String text, String review) {
            return new Answer(questionId, 0, null, text, review);
        }
    }

    /** A finished sheet of one variant, with the respondent's territory when they have one. */
    public record Sheet(long variantId, @Nullable Long territoryId, List<Answer> answers) {
        public Sheet {
            answers = List.copyOf(answers);
        }
    }

    /** Someone the survey asks today, as the audience rule says: 'Y:id' or 'P:id', band and territory. */
    public record Asked(
            String personKey, SurveyBand band, @Nullable Long territoryId) {}

    /** A variant's question ids in the order written: page, then position (as {@code SurveyImport} numbers them). */
    public List<Long> questionIds(long variantId) {
        return jdbc.sql("SELECT id FROM survey_question WHERE variant_id = :v ORDER BY page, position")
                .param("v", variantId)
                .query(Long.class)
                .list();
    }

    /**
     * The young people and parents of the département the survey asks on {@code today} ({@link SurveyAudience}), in
     * the order of their ids; of the département's parents only every {@code parentShare}-th (by id) is looked at, the
     * parents' rule costing about a millisecond a parent (its subquery scans parent_link for each). Parents have no
     * territory of their own.
     */
    public List<Asked> asked(long surveyId, LocalDate today, int parentShare) {
        List<Asked> asked = new ArrayList<>(jdbc.sql("SELECT yp.id, yp.territory_id, yp.birth_date"
                        + " FROM survey s JOIN dossier_young_person_view yp ON yp.departement_id = s.departement_id"
                        + " WHERE s.id = :s AND " + SurveyAudience.asksYoungPerson("s", "yp") + " ORDER BY yp.id")
                .param("s", surveyId)
                .param("today", today)
                .query((rs, n) -> new Asked(
                        "Y:" + rs.getLong("id"),
                        SurveyBand.forAge(
                                        Period.between(rs.getDate("birth_date").toLocalDate(), today)
                                                .getYears())
                                .orElseThrow(),
                        rs.getLong("territory_id")))
                .list());
        List<Long> parents =
                jdbc.sql("""
                        SELECT DISTINCT pl.parent_id FROM survey s
                        JOIN dossier_young_person_view c ON c.departement_id = s.departement_id
                        JOIN dossier_parent_link_view pl ON pl.young_person_id = c.id
                        WHERE s.id = :s ORDER BY pl.parent_id""").param("s", surveyId).query(Long.class).list();
        List<Long> looked = new ArrayList<>();
        for (int i = 0; i < parents.size(); i += parentShare) {
            looked.add(parents.get(i));
        }
        if (!looked.isEmpty()) {
            asked.addAll(jdbc.sql("SELECT p.parent_id FROM survey s"
                            + " JOIN (SELECT DISTINCT parent_id FROM dossier_parent_link_view"
                            + " WHERE parent_id IN (:parents)) p"
                            + " WHERE s.id = :s AND " + SurveyAudience.asksParent("s", "p.parent_id")
                            + " ORDER BY p.parent_id")
                    .param("s", surveyId)
                    .param("parents", looked)
                    .param("today", today)
                    .query((rs, n) -> new Asked("P:" + rs.getLong("parent_id"), SurveyBand.PARENTS, null))
                    .list());
        }
        return asked;
    }

    /**
     * Many anonymous finished sheets and, apart, the people who finished them (as many of each), in one transaction
     * and in batches.
     */
    @Transactional
    public void anonymousSheets(long surveyId, List<Sheet> sheets, Collection<String> personKeys) {
        if (sheets.size() != personKeys.size()) {
            throw new IllegalArgumentException("as many people answered as there are finished sheets");
        }
        List<Identified> identified = new ArrayList<>(sheets.size());
        for (Sheet sheet : sheets) {
            identified.add(new Identified(randomId(), sheet));
        }
        identified.sort(Comparator.comparing(Identified::hex));
        insertRows(
                "INSERT INTO survey_sheet (id, variant_id, territory_id, resume_hash, person_key, finished) VALUES ",
                "(?, ?, ?, NULL, NULL, TRUE)",
                identified.stream()
                        .map(s -> new @Nullable Object[] {
                            s.id(), s.sheet().variantId(), s.sheet().territoryId()
                        })
                        .toList());
        insertAnswers(identified);
        insertRows(
                "INSERT INTO survey_participation (survey_id, person_key) VALUES ",
                "(?, ?)",
                personKeys.stream()
                        .sorted()
                        .map(key -> new @Nullable Object[] {surveyId, key})
                        .toList());
    }

    /** Dates a loaded survey as if it had been created and published then (its version too). */
    @Transactional
    public void dated(long surveyId, Instant createdAt, Instant publishedAt) {
        jdbc.sql("UPDATE survey SET created_at = :c, published_at = :p WHERE id = :s")
                .param("c", Timestamp.from(createdAt))
                .param("p", Timestamp.from(publishedAt))
                .param("s", surveyId)
                .update();
        jdbc.sql("UPDATE survey_version SET published_at = :p WHERE survey_id = :s")
                .param("p", Timestamp.from(publishedAt))
                .param("s", surveyId)
                .update();
    }

    /** The results given back at {@code at}, with the département's response. */
    public void resultsPublished(long surveyId, Instant at, String response) {
        jdbc.sql("UPDATE survey SET results_published_at = :at, departement_response = :r WHERE id = :s")
                .param("at", Timestamp.from(at))
                .param("r", response)
                .param("s", surveyId)
                .update();
    }

    private void insertAnswers(List<Identified> sheets) {
        List<@Nullable Object[]> rows = new ArrayList<>();
        for (Identified sheet : sheets) {
            for (Answer answer : sheet.sheet().answers()) {
                rows.add(new Object[] {
                    sheet.id(),
                    answer.questionId(),
                    answer.item(),
                    answer.optionCode(),
                    answer.text(),
                    answer.textReview()
                });
            }
        }
        insertRows(
                "INSERT INTO survey_answer (sheet_id, question_id, item, option_code, text_value, text_review) VALUES ",
                "(?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Rows written a thousand at a time, one multi-row INSERT each: a JDBC batch sends them one by one. */
    private void insertRows(String head, String row, List<@Nullable Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<@Nullable Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            StringBuilder sql = new StringBuilder(head);
            List<@Nullable Object> values = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
                values.addAll(Arrays.asList(chunk.get(i)));
            }
            template.update(sql.toString(), values.toArray());
        }
    }

    private static byte[] randomId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return id;
    }

    private record Identified(byte[] id, Sheet sheet) {
        String hex() {
            return HexFormat.of().formatHex(id);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Identified that && Arrays.equals(id, that.id);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(id);
        }

        @Override
        public String toString() {
            return "sheet";
        }
    }
}
