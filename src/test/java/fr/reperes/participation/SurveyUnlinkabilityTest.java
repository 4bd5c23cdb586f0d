package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.reperes.IntegrationTest;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.SurveyImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After anonymous answers by several people, the whole database is read as an administrator would, and no join
 * leads from a person to their answers: the three tables have only their designed columns (no time, no counter), no
 * value of a sheet or an answer equals or is ordered like anything that names a person, their account or their
 * participation, no other table of the schema holds a sheet id or a resume hash, and nothing written to the journal
 * or the log while answering names a sheet.
 */
@IntegrationTest
class SurveyUnlinkabilityTest {

    private static final HexFormat HEX = HexFormat.of();

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noJoinRecoversWhoAnsweredWhat() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, true);
        long id = survey.surveyId();
        Map<String, Long> young = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Map<String, Long> parents = fixtures.questions(survey.variantIds().get("PARENTS"));
        List<Viewer> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(fixtures.youngPerson());
        }
        people.add(fixtures.parent());
        people.add(fixtures.parent());
        long auditBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry")
                .query(Long.class)
                .single();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        List<String> finishingOrder = new ArrayList<>();
        try {
            for (Viewer viewer : people) {
                Map<String, Long> q = viewer.youngPersonId() != null ? young : parents;
                String code = answering.start(viewer, id);
                answering.savePage(
                        viewer,
                        id,
                        code,
                        1,
                        List.of(
                                new AnswerInput(q.get("mood"), List.of("3")),
                                new AnswerInput(q.get("yn"), List.of("NO")),
                                new AnswerInput(q.get("why"), List.of("Mon avis, sans mon nom."))));
                answering.savePage(
                        viewer,
                        id,
                        code,
                        2,
                        List.of(
                                new AnswerInput(q.get("single"), List.of("s1")),
                                new AnswerInput(q.get("rank"), List.of("y", "x", "z"))));
                answering.finish(viewer, id, code);
                finishingOrder.add(HEX.formatHex(sheetOf(code)));
            }
        } finally {
            root.detachAppender(log);
        }

        // 1. The three tables have their designed columns only: no time, no counter, nothing shared.
        assertThat(columns("survey_participation")).containsExactlyInAnyOrder("survey_id", "person_key");
        assertThat(columns("survey_sheet"))
                .containsExactlyInAnyOrder("id", "variant_id", "territory_id", "resume_hash", "person_key", "finished");
        assertThat(columns("survey_answer"))
                .containsExactlyInAnyOrder(
                        "sheet_id", "question_id", "item", "option_code", "text_value", "text_review");
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM information_schema.columns
                        WHERE table_schema = DATABASE()
                          AND table_name IN ('survey_participation', 'survey_sheet', 'survey_answer')
                          AND (data_type IN ('date', 'datetime', 'timestamp', 'time', 'year')
                               OR extra LIKE '%auto_increment%' OR extra LIKE '%on update%'
                               OR column_default LIKE '%current_timestamp%')""").query(Integer.class).single()).isZero();

        // 2. The survey's sheets: as many as finishers, no person, ids random (not in the order of arrival, nor of the
        //    people's ids), every other value taken from the survey's definition.
        List<byte[]> sheetIds = jdbc.sql("""
                        SELECT sh.id FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id
                        WHERE v.version_id = :version""")
                .param("version", survey.versionId())
                .query((rs, n) -> rs.getBytes("id"))
                .list();
        assertThat(sheetIds).hasSize(people.size());
        List<String> sheetHex = sheetIds.stream().map(HEX::formatHex).toList();
        assertThat(new HashSet<>(finishingOrder)).isEqualTo(new HashSet<>(sheetHex));
        List<String> sorted = sheetHex.stream().sorted().toList();
        assertThat(sorted).as("sheet ids do not follow the order of arrival").isNotEqualTo(finishingOrder);
        List<String> byPerson = new ArrayList<>();
        people.stream()
                .sorted(Comparator.comparing(v -> SurveyAccess.personKey(v)))
                .forEach(v -> byPerson.add(finishingOrder.get(people.indexOf(v))));
        assertThat(sorted).as("sheet ids do not follow the people's ids").isNotEqualTo(byPerson);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id
                        WHERE v.version_id = :version AND (sh.person_key IS NOT NULL OR NOT sh.finished)""")
                        .param("version", survey.versionId())
                        .query(Integer.class)
                        .single())
                .isZero();
        // Every answer's question, option and item come from the variant its sheet is on: nothing else is stored.
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM survey_answer a
                        JOIN survey_sheet sh ON sh.id = a.sheet_id
                        JOIN survey_variant v ON v.id = sh.variant_id
                        LEFT JOIN survey_question q ON q.id = a.question_id AND q.variant_id = sh.variant_id
                        LEFT JOIN survey_option o ON o.question_id = a.question_id AND o.code = a.option_code
                        WHERE v.version_id = :version
                          AND (q.id IS NULL OR (a.option_code IS NOT NULL AND o.code IS NULL)
                               OR (a.option_code IS NULL AND a.text_value IS NULL)
                               OR a.item < 0 OR a.item > 5)""")
                        .param("version", survey.versionId())
                        .query(Integer.class)
                        .single())
                .isZero();

        // 3. Nothing that names a person equals any value of a sheet or an answer, as text or as bytes.
        Set<String> names = new HashSet<>();
        for (Viewer viewer : people) {
            names.add(String.valueOf(viewer.accountId()));
            names.add(String.valueOf(SurveyAccess.personKey(viewer)));
            names.add(String.valueOf(viewer.youngPersonId() != null ? viewer.youngPersonId() : viewer.parentId()));
            names.add(viewer.displayName());
            names.add(viewer.subject());
            names.add(id + ":" + SurveyAccess.personKey(viewer));
        }
        names.addAll(
                jdbc.sql("SELECT CONCAT(survey_id, ':', person_key) FROM survey_participation WHERE survey_id = :s")
                        .param("s", id)
                        .query(String.class)
                        .list());
        Set<String> hashes = new HashSet<>();
        for (String name : names) {
            hashes.add(HEX.formatHex(SurveyAnswering.sha256(name)));
            hashes.add(HEX.formatHex(Arrays.copyOf(SurveyAnswering.sha256(name), 16)));
        }
        List<String> values = jdbc.sql("""
                        SELECT CONCAT_WS('|', HEX(sh.id), sh.variant_id, COALESCE(sh.territory_id, ''),
                                         COALESCE(HEX(sh.resume_hash), ''), COALESCE(sh.person_key, ''), sh.finished,
                                         a.question_id, a.item, COALESCE(a.option_code, ''),
                                         COALESCE(a.text_value, ''), COALESCE(a.text_review, ''))
                        FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id
                        JOIN survey_answer a ON a.sheet_id = sh.id
                        WHERE v.version_id = :version""")
                .param("version", survey.versionId())
                .query(String.class)
                .list();
        assertThat(values).isNotEmpty();
        for (String row : values) {
            String[] cells = row.split("\\|", -1);
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                // variant, territory, question, item and option are the survey's or the département's, checked above
                if (i == 1 || i == 2 || i == 6 || i == 7 || i == 8) {
                    continue;
                }
                assertThat(names).as("cell %d of %s", i, row).doesNotContain(cell);
                assertThat(hashes).as("cell %d of %s", i, row).doesNotContain(cell.toLowerCase(Locale.ROOT));
            }
        }

        // 4. No other table of the schema, read column by column, holds a sheet id or a resume hash.
        List<String> secrets = new ArrayList<>(sheetHex);
        secrets.addAll(jdbc.sql("""
                        SELECT LOWER(HEX(sh.resume_hash)) FROM survey_sheet sh
                        JOIN survey_variant v ON v.id = sh.variant_id
                        WHERE v.version_id = :version AND sh.resume_hash IS NOT NULL""")
                .param("version", survey.versionId())
                .query(String.class)
                .list());
        assertThat(secrets).hasSize(2 * people.size());
        record Column(String table, String column, String type) {}
        List<Column> columns = jdbc.sql("""
                        SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema
                                                        AND t.table_name = c.table_name
                        WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                          AND c.data_type IN ('binary', 'varbinary', 'blob', 'tinyblob', 'mediumblob', 'longblob',
                                              'char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext')""")
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        assertThat(columns).extracting(Column::table).contains("audit_entry", "notification");
        List<String> holders = new ArrayList<>();
        for (Column column : columns) {
            if (column.table().equals("survey_sheet")
                            && Set.of("id", "resume_hash").contains(column.column())
                    || column.table().equals("survey_answer") && column.column().equals("sheet_id")) {
                continue;
            }
            String expression = "LOWER(HEX(`" + column.column() + "`))";
            if (!column.type().contains("binary") && !column.type().contains("blob")) {
                expression = "LOWER(`" + column.column() + "`)";
            }
            List<String> matches = new ArrayList<>();
            for (String secret : secrets) {
                matches.add(expression + " LIKE '%" + secret + "%'");
            }
            int found = jdbc.sql("SELECT COUNT(*) FROM `" + column.table() + "` WHERE " + String.join(" OR ", matches))
                    .query(Integer.class)
                    .single();
            if (found > 0) {
                holders.add(column.table() + "." + column.column());
            }
        }
        assertThat(holders).isEmpty();

        // 5. The journal entries written while answering, and the log lines, name no sheet.
        List<String> journal = jdbc.sql("SELECT CONCAT_WS('|', occurred_at, actor_account_id, actor_name, actor_role,"
                        + " young_person_id, information_kind, access_reason, action) FROM audit_entry WHERE id > :id")
                .param("id", auditBefore)
                .query(String.class)
                .list();
        for (String entry : journal) {
            for (String secret : secrets) {
                assertThat(entry.toLowerCase(Locale.ROOT)).doesNotContain(secret);
            }
        }
        for (ILoggingEvent event : log.list) {
            String line = event.getFormattedMessage().toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                assertThat(line).doesNotContain(secret);
            }
        }
    }

    private byte[] sheetOf(String code) {
        return jdbc.sql("SELECT id FROM survey_sheet WHERE resume_hash = :h")
                .param("h", SurveyAnswering.sha256(code))
                .query((rs, n) -> rs.getBytes("id"))
                .single();
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = :t")
                .param("t", table)
                .query(String.class)
                .list();
    }
}
