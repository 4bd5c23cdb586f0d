package fr.reperes.observatory;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.reports.ReportContent;
import fr.reperes.observatory.reports.ReportHtml;
import fr.reperes.observatory.reports.ReportPdf;
import fr.reperes.observatory.shown.Definition;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The observatory's yearly report: asked for by the ODPE with the indicators, breakdowns and comments chosen, written
 * in the background one indicator at a time (its progress kept in its line, so that any page, on any instance, shows
 * it), then kept with its date as a PDF and an accessible HTML. Its figures are the pages' own: each table is read
 * through {@link ObservatoryFigures#table} and shown as {@link ShownTable} shows it on the page, so the report says
 * exactly what the screen says, withheld cells included.
 *
 * <p>Refused to every role but the observatory's and the ADMIN's (AccessPolicy.decideAggregates), as the figures; a
 * report is its département's, another's id reads as nothing. No audit entry: a report holds no young person's data.
 * A failed generation keeps nothing of its files (they are written once, with the status DONE, in one statement).
 */
@Service
public class ObservatoryReports {

    private static final Logger log = LoggerFactory.getLogger(ObservatoryReports.class);

    /** The longest introduction the département writes (the column holds more). */
    public static final int MAX_INTRODUCTION = 8000;
    /** The longest comment on one indicator. */
    public static final int MAX_COMMENT = 4000;
    /** How many kept reports the list shows, newest first. */
    static final int LISTED = 50;
    /** A report still being written after this long was lost with its instance: it counts as failed. */
    static final Duration LOST_AFTER = Duration.ofHours(2);

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ObservatoryFigures figures;
    private final BundleTranslations translations;
    private final Clock clock;
    private final DateTexts dates;
    private final Executor executor;
    private final @Nullable ExecutorService owned;

    @Autowired
    ObservatoryReports(
            JdbcClient jdbc,
            AccessPolicy policy,
            ObservatoryFigures figures,
            BundleTranslations translations,
            Clock clock,
            DateTexts dates) {
        this(jdbc, policy, figures, translations, clock, dates, Executors.newFixedThreadPool(2, threads()));
    }

    /** For tests: the generations run where {@code executor} runs them (at once, or when the test says). */
    ObservatoryReports(
            JdbcClient jdbc,
            AccessPolicy policy,
            ObservatoryFigures figures,
            BundleTranslations translations,
            Clock clock,
            DateTexts dates,
            Executor executor) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.figures = figures;
        this.translations = translations;
        this.clock = clock;
        this.dates = dates;
        this.executor = executor;
        this.owned = executor instanceof ExecutorService service ? service : null;
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "observatory-report-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    /**
     * Asks for a report, written in the background in {@code locale}; returns its id at once. While the département's
     * report of that year is being written, asking again gives that report's id and starts nothing.
     *
     * @throws InvalidInputException nothing chosen, a year without published figures, a text too long; nothing kept
     */
    public long request(Viewer viewer, ReportRequest request, Locale locale) {
        long departement = allowed(viewer);
        validate(viewer, request);
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE observatory_report SET status = 'FAILED', running_year = NULL, finished_at = :now
                        WHERE departement_id = :dep AND status = 'RUNNING' AND requested_at < :lost""")
                .param("now", Timestamp.from(now))
                .param("dep", departement)
                .param("lost", Timestamp.from(now.minus(LOST_AFTER)))
                .update();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO observatory_report
                                (departement_id, year_number, granularity, breakdowns, language, introduction,
                                 requested_by_account_id, requested_by_name, requested_at, status, indicators_total,
                                 running_year)
                            VALUES (:dep, :year, :granularity, :breakdowns, :language, :introduction, :account, :name,
                                    :now, 'RUNNING', :total, :year)""")
                    .param("dep", departement)
                    .param("year", request.year().getValue())
                    .param("granularity", request.granularity().name())
                    .param(
                            "breakdowns",
                            breakdowns(request).stream().map(Enum::name).collect(Collectors.joining(",")))
                    .param("language", locale.getLanguage())
                    .param("introduction", request.introduction().strip())
                    .param("account", Objects.requireNonNull(viewer.accountId()))
                    .param("name", viewer.displayName())
                    .param("now", Timestamp.from(now))
                    .param("total", request.indicators().size())
                    .update(key, "id");
        } catch (DuplicateKeyException running) {
            return jdbc.sql("""
                            SELECT id FROM observatory_report
                            WHERE departement_id = :dep AND running_year = :year""")
                    .param("dep", departement)
                    .param("year", request.year().getValue())
                    .query(Long.class)
                    .optional()
                    // Finished between the two statements: ask again.
                    .orElseGet(() -> request(viewer, request, locale));
        }
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (int i = 0; i < request.indicators().size(); i++) {
            Indicator indicator = request.indicators().get(i);
            jdbc.sql("""
                            INSERT INTO observatory_report_indicator (report_id, position, indicator, comment)
                            VALUES (:id, :position, :indicator, :comment)""")
                    .param("id", id)
                    .param("position", i)
                    .param("indicator", indicator.name())
                    .param(
                            "comment",
                            request.comments().getOrDefault(indicator, "").strip())
                    .update();
        }
        executor.execute(() -> generate(id, viewer, request, locale));
        return id;
    }

    /** The département's reports, newest first (the {@value #LISTED} latest). */
    public List<KeptReport> reports(Viewer viewer) {
        long departement = allowed(viewer);
        return jdbc.sql(SELECT + " WHERE departement_id = :dep ORDER BY requested_at DESC, id DESC LIMIT " + LISTED)
                .param("dep", departement)
                .query(ObservatoryReports::kept)
                .list();
    }

    /** One report of the département, as the list shows it; empty for another département's. */
    public Optional<KeptReport> report(Viewer viewer, long reportId) {
        long departement = allowed(viewer);
        return jdbc.sql(SELECT + " WHERE departement_id = :dep AND id = :id")
                .param("dep", departement)
                .param("id", reportId)
                .query(ObservatoryReports::kept)
                .optional();
    }

    /** A written report's PDF; empty while it is written, when it failed, or for another département's. */
    public Optional<byte[]> pdf(Viewer viewer, long reportId) {
        return written(viewer, reportId, "pdf", (rs, n) -> rs.getBytes(1));
    }

    /** A written report's HTML, as {@link #pdf}. */
    public Optional<String> html(Viewer viewer, long reportId) {
        return written(viewer, reportId, "html", (rs, n) -> rs.getString(1));
    }

    /** One of the two files of a report of the viewer's département, once it is written. */
    private <T> Optional<T> written(Viewer viewer, long reportId, String file, RowMapper<T> read) {
        long departement = allowed(viewer);
        return jdbc.sql("SELECT " + file + " FROM observatory_report"
                        + " WHERE departement_id = :dep AND id = :id AND status = 'DONE'")
                .param("dep", departement)
                .param("id", reportId)
                .query(read)
                .optional();
    }

    /** The years a report may cover: the latest with published figures and the four before, newest first. */
    public List<Year> years(Viewer viewer) {
        allowed(viewer);
        int last = figures.lastPublishedMonth(viewer)
                .map(YearMonth::getYear)
                .orElseGet(() -> Year.now(clock).getValue());
        List<Year> years = new ArrayList<>();
        for (int y = last; y > last - ObservatoryFigures.YEARS_SHOWN; y--) {
            years.add(Year.of(y));
        }
        return years;
    }

    private static final String SELECT = """
            SELECT id, year_number, granularity, breakdowns, requested_by_name, requested_at, finished_at, status,
                   indicators_done, indicators_total, pdf_size, html_size
            FROM observatory_report""";

    private static KeptReport kept(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new KeptReport(
                rs.getLong("id"),
                Year.of(rs.getInt("year_number")),
                Granularity.valueOf(rs.getString("granularity")),
                Arrays.stream(rs.getString("breakdowns").split(","))
                        .map(Dimension::valueOf)
                        .toList(),
                rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                KeptReport.Status.valueOf(rs.getString("status")),
                rs.getInt("indicators_done"),
                rs.getInt("indicators_total"),
                rs.getObject("pdf_size", Integer.class),
                rs.getObject("html_size", Integer.class));
    }

    private void validate(Viewer viewer, ReportRequest request) {
        Map<String, String> errors = new HashMap<>();
        if (request.year() == null || !years(viewer).contains(request.year())) {
            errors.put("year", "observatory.report.error.year");
        }
        if (request.granularity() == null) {
            errors.put("granularity", "observatory.report.error.granularity");
        }
        if (request.indicators().isEmpty()) {
            errors.put("indicators", "observatory.report.error.indicators");
        }
        if (request.breakdowns().isEmpty()) {
            errors.put("breakdowns", "observatory.report.error.breakdowns");
        }
        if (request.introduction().strip().length() > MAX_INTRODUCTION) {
            errors.put("introduction", "observatory.report.error.introduction-too-long");
        }
        request.comments().forEach((indicator, comment) -> {
            if (comment.strip().length() > MAX_COMMENT) {
                errors.put("comment." + indicator.name(), "observatory.report.error.comment-too-long");
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The breakdowns in the pages' order (the territorial first), each once. */
    private static List<Dimension> breakdowns(ReportRequest request) {
        return new LinkedHashSet<>(request.breakdowns()).stream().sorted().toList();
    }

    /** Writes the report, one indicator at a time, then keeps its files; or marks it failed, keeping none. */
    void generate(long id, Viewer viewer, ReportRequest request, Locale locale) {
        long started = System.nanoTime();
        try {
            Words words = Words.of(translations, locale);
            List<ReportContent.Section> sections = new ArrayList<>();
            for (int i = 0; i < request.indicators().size(); i++) {
                Indicator indicator = request.indicators().get(i);
                List<ReportContent.Part> parts = new ArrayList<>();
                for (Dimension breakdown : breakdowns(request)) {
                    FigureTable table = figures.table(
                            viewer, indicator, breakdown, null, request.granularity(), request.year(), locale);
                    parts.add(ReportContent.Part.of(ShownTable.of(table, words), words));
                }
                sections.add(new ReportContent.Section(
                        indicator,
                        words.text(indicator.key() + ".title"),
                        Definition.of(indicator, words),
                        parts,
                        request.comments().getOrDefault(indicator, "").strip()));
                jdbc.sql("UPDATE observatory_report SET indicators_done = :done WHERE id = :id")
                        .param("done", i + 1)
                        .param("id", id)
                        .update();
            }
            ReportContent content = new ReportContent(
                    words.text("observatory.report.title", request.year().toString()),
                    words.text(
                            "observatory.report.subtitle",
                            request.year().toString(),
                            words.text(request.granularity().key()).toLowerCase(locale),
                            dates.day(LocalDate.now(clock), locale)),
                    locale.getLanguage(),
                    request.introduction().strip(),
                    sections);
            byte[] pdf = ReportPdf.write(content, words);
            String html = ReportHtml.write(content, words);
            jdbc.sql("""
                            UPDATE observatory_report
                            SET status = 'DONE', running_year = NULL, finished_at = :now, pdf = :pdf, pdf_size = :pdfSize,
                                html = :html, html_size = :htmlSize
                            WHERE id = :id AND status = 'RUNNING'""")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("pdf", pdf)
                    .param("pdfSize", pdf.length)
                    .param("html", html)
                    .param("htmlSize", html.getBytes(StandardCharsets.UTF_8).length)
                    .param("id", id)
                    .update();
            log.info(
                    "Observatory: yearly report {} written in {} ms ({} indicators, {} breakdowns, PDF {} bytes, HTML {}"
                            + " bytes)",
                    id,
                    (System.nanoTime() - started) / 1_000_000,
                    request.indicators().size(),
                    breakdowns(request).size(),
                    pdf.length,
                    html.length());
        } catch (RuntimeException | LinkageError failure) {
            log.error("Observatory: the yearly report {} could not be written", id, failure);
            jdbc.sql("""
                            UPDATE observatory_report
                            SET status = 'FAILED', running_year = NULL, finished_at = :now, pdf = NULL, html = NULL
                            WHERE id = :id""")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
        }
    }

    private long allowed(Viewer viewer) {
        AccessDecision decision = policy.decideAggregates(viewer.role());
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return Objects.requireNonNull(viewer.departementId(), "an account belongs to a département");
    }
}
