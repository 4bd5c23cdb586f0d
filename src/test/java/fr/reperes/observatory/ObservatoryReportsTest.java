package fr.reperes.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.counting.FrozenMonths;
import fr.reperes.observatory.reports.ReportPdf;
import fr.reperes.observatory.shown.Definition;
import fr.reperes.observatory.shown.FigureSummary;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.InvalidInputException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly report on the embedded database, for a département of its own whose raw months a fake
 * {@link FrozenMonths} gives (small counts among them, so that cells are withheld): the PDF and the HTML say exactly
 * what the pages' tables say, cell by cell, withheld cells included; only the observatory and the admin of the
 * département reach a report; a text too long keeps nothing; a failed generation keeps no file; two requests for one
 * year are one generation.
 */
@IntegrationTest
class ObservatoryReportsTest {

    private static final AtomicInteger DEPARTEMENTS = new AtomicInteger();
    private static final Year YEAR = Year.of(2025);
    private static final List<Indicator> CHOSEN =
            List.of(Indicator.REACTIONS_READ, Indicator.PPE_COVERAGE, Indicator.SURVEY_PARTICIPATION);

    @Autowired
    ApplicationContext context;

    @Autowired
    DossierImport dossier;

    @Autowired
    JdbcClient jdbc;

    private long departement;
    private List<Long> territories;
    private RawMonths months;
    private ObservatoryFigures figures;
    private final List<Runnable> queued = new ArrayList<>();

    @BeforeEach
    void setUp() {
        int n = DEPARTEMENTS.incrementAndGet();
        departement = dossier.departement("OBR" + n, "Département des rapports " + n);
        territories = new ArrayList<>();
        for (String name : List.of("Nord", "Est", "Ouest")) {
            territories.add(dossier.territory(departement, name));
        }
        months = new RawMonths(jdbc);
        // Counts that vary by month and territory, some under 5 (withheld, with a second cell to protect them).
        for (int month = 1; month <= 12; month++) {
            for (int t = 0; t < territories.size(); t++) {
                int count = (month * 7 + t * 13) % 23;
                int cohort = count + 10 + t;
                for (Indicator indicator : List.of(Indicator.REACTIONS_READ, Indicator.PPE_COVERAGE)) {
                    months.put(
                            indicator,
                            Dimension.TERRITORY,
                            YEAR.getValue(),
                            month,
                            territories.get(t),
                            "" + territories.get(t),
                            count,
                            cohort);
                    months.put(
                            indicator,
                            Dimension.AGE_BAND,
                            YEAR.getValue(),
                            month,
                            territories.get(t),
                            Dimension.AGE_BANDS.get((month + t) % 5),
                            count,
                            cohort);
                }
            }
        }
        figures = new ObservatoryFigures(
                jdbc,
                context.getBean(JdbcTemplate.class),
                context.getBean(AccessPolicy.class),
                clock(),
                () -> months,
                context.getBean(BundleTranslations.class));
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneId.of("Europe/Paris"));
    }

    /** The service, its generations run at once (on the caller's thread) or, with {@code later}, when the test says. */
    private ObservatoryReports reports(ObservatoryFigures figures, boolean later) {
        Executor executor = later ? queued::add : Runnable::run;
        return new ObservatoryReports(
                jdbc,
                context.getBean(AccessPolicy.class),
                figures,
                context.getBean(BundleTranslations.class),
                clock(),
                new DateTexts(clock(), context.getBean(BundleTranslations.class)),
                executor);
    }

    private Viewer viewer(Role role) {
        return viewer(role, departement);
    }

    private static Viewer viewer(@Nullable Role role, long departement) {
        return new Viewer(1L, "reports-" + role, "Test " + role, role, departement, null, null, null);
    }

    private static ReportRequest request(List<Indicator> indicators, Map<Indicator, String> comments) {
        return new ReportRequest(
                YEAR,
                Granularity.MONTH,
                List.of(Dimension.AGE_BAND, Dimension.TERRITORY),
                indicators,
                "Une introduction du département.\nSur deux lignes.",
                comments);
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM observatory_report WHERE departement_id = :dep")
                .param("dep", departement)
                .query(Long.class)
                .single();
    }

    /** Every run of spaces (no-break ones too) as one space: PDF lines and HTML wraps are not content. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    @Test
    void thePdfAndTheHtmlSayEveryCellOfEveryTableAsThePageShowsIt() throws IOException {
        Viewer odpe = viewer(Role.OBSERVATOIRE);
        ObservatoryReports reports = reports(figures, false);
        long id = reports.request(
                odpe,
                request(CHOSEN, Map.of(Indicator.PPE_COVERAGE, "Le PPE progresse dans l’Est.")),
                BundleTranslations.FRENCH);

        KeptReport kept = reports.report(odpe, id).orElseThrow();
        assertThat(kept.status()).isEqualTo(KeptReport.Status.DONE);
        assertThat(kept.indicatorsDone()).isEqualTo(CHOSEN.size());
        assertThat(kept.breakdowns()).containsExactly(Dimension.TERRITORY, Dimension.AGE_BAND);
        assertThat(kept.requestedBy()).isEqualTo("Test OBSERVATOIRE");
        assertThat(kept.finishedAt()).isEqualTo(clock().instant());
        assertThat(reports.reports(odpe)).extracting(KeptReport::id).containsExactly(id);

        Words words = FigureTables.words(BundleTranslations.FRENCH);
        List<ShownTable> tables = new ArrayList<>();
        for (Indicator indicator : CHOSEN) {
            for (Dimension breakdown : List.of(Dimension.TERRITORY, Dimension.AGE_BAND)) {
                tables.add(ShownTable.of(
                        figures.table(odpe, indicator, breakdown, null, Granularity.MONTH, YEAR, Locale.FRENCH),
                        words));
            }
        }
        int withheld = tables.stream().mapToInt(ShownTable::withheldCells).sum();
        assertThat(withheld).as("withheld cells to look for").isGreaterThan(10);
        String withheldText = flat(words.text("observatory.cell.withheld"));

        byte[] pdf = reports.pdf(odpe, id).orElseThrow();
        assertThat(kept.pdfSize()).isEqualTo(pdf.length);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(document));
            for (Indicator indicator : CHOSEN) {
                for (Definition.Entry entry : Definition.of(indicator, words)) {
                    assertThat(text).contains(flat(entry.term() + " : " + entry.description()));
                }
            }
            for (ShownTable table : tables) {
                assertThat(text).contains(flat(table.caption()));
                assertThat(text).as("the page's summary").contains(flat(FigureSummary.text(table, words)));
                for (int[] group : ReportPdf.columnGroups(table.periods().size())) {
                    assertThat(text)
                            .as("%s, periods %d to %d", table.caption(), group[0], group[1])
                            .contains(printed(table, group[0], group[1]));
                }
            }
            assertThat(occurrences(text, withheldText))
                    .as("withheld cells in the PDF")
                    .isEqualTo(withheld);
            assertThat(text)
                    .contains("Le PPE progresse dans l’Est.")
                    .contains("Une introduction du département. Sur deux lignes.");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Rapport annuel 2025 de l’observatoire départemental de la protection de l’enfance");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
        }

        String html = reports.html(odpe, id).orElseThrow();
        assertThat(kept.htmlSize()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("script, link, img, iframe")).isEmpty();
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("table")).hasSize(tables.size());
        int withheldInHtml = 0;
        for (ShownTable table : tables) {
            Element shown = page.select("table").stream()
                    .filter(t -> flat(t.select("caption").text()).equals(flat(table.caption())))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no table captioned " + table.caption()));
            assertThat(shown.select("thead th").eachText().stream().map(ObservatoryReportsTest::flat))
                    .containsExactlyElementsOf(table.header().stream()
                            .map(ObservatoryReportsTest::flat)
                            .toList());
            assertThat(shown.select("thead th").eachAttr("scope")).allMatch("col"::equals);
            List<Element> lines = shown.select("tbody tr");
            assertThat(lines).hasSize(table.lines().size());
            for (int r = 0; r < lines.size(); r++) {
                ShownTable.Row row = table.lines().get(r);
                assertThat(lines.get(r).select("th").attr("scope")).isEqualTo("row");
                assertThat(flat(lines.get(r).select("th").text())).isEqualTo(flat(row.label()));
                assertThat(lines.get(r).select("td").eachText().stream().map(ObservatoryReportsTest::flat))
                        .as("%s, %s", table.caption(), row.label())
                        .containsExactlyElementsOf(row.cells().stream()
                                .map(cell -> flat(cell.text()))
                                .toList());
            }
            withheldInHtml += (int) shown.select("td").stream()
                    .filter(td -> flat(td.text()).equals(withheldText))
                    .count();
        }
        assertThat(withheldInHtml).isEqualTo(withheld);
        String htmlText = flat(page.text());
        for (ShownTable table : tables) {
            assertThat(htmlText).as("the page's summary").contains(flat(FigureSummary.text(table, words)));
        }
        for (Indicator indicator : CHOSEN) {
            for (Definition.Entry entry : Definition.of(indicator, words)) {
                assertThat(htmlText).contains(flat(entry.term() + " " + entry.description()));
            }
        }
        // Each chart an image named by its own title and description.
        List<Element> charts = page.select("svg");
        assertThat(charts).isNotEmpty().allSatisfy(svg -> {
            assertThat(svg.attr("role")).isEqualTo("img");
            for (String ref : svg.attr("aria-labelledby").split(" ")) {
                assertThat(page.select("[id=" + ref + "]")).hasSize(1);
            }
        });
        Set<String> ids = new HashSet<>();
        page.select("[id]")
                .forEach(element -> assertThat(ids.add(element.id()))
                        .as("id %s once", element.id())
                        .isTrue());
        assertThat(flat(page.text()))
                .contains("Le PPE progresse dans l’Est.")
                .contains(flat(words.text("observatory.report.comment.none")));
    }

    /** A group of a table's columns as the PDF prints it, in reading order: headers, then each line. */
    private static String printed(ShownTable table, int from, int to) {
        List<String> words = new ArrayList<>();
        words.add(table.header().getFirst());
        words.addAll(table.periods().subList(from, to));
        for (ShownTable.Row row : table.lines()) {
            words.add(row.label());
            row.cells().subList(from, to).forEach(cell -> words.add(cell.text()));
        }
        return flat(String.join(" ", words));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"OBSERVATOIRE", "ADMIN"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyOtherRoleIsRefusedEveryMethodAndNothingIsWritten(Role role) throws Exception {
        ObservatoryReports reports = reports(figures, false);
        long id = reports.request(
                viewer(Role.OBSERVATOIRE), request(List.of(Indicator.REACTIONS_READ), Map.of()), Locale.FRENCH);
        for (Viewer refused : List.of(viewer(role), viewer(null, departement))) {
            assertEveryMethodRefuses(reports, refused, id);
        }
        assertThat(rows()).isEqualTo(1);
    }

    private void assertEveryMethodRefuses(ObservatoryReports reports, Viewer refused, long id) throws Exception {
        List<String> called = new ArrayList<>();
        for (Method method : ObservatoryReports.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Object[] arguments = Arrays.stream(method.getParameterTypes())
                    .map(type -> type == Viewer.class
                            ? refused
                            : type == long.class
                                    ? (Object) id
                                    : type == Locale.class
                                            ? Locale.FRENCH
                                            : request(List.of(Indicator.REACTIONS_READ), Map.of()))
                    .toArray();
            try {
                method.invoke(reports, arguments);
                throw new AssertionError(method.getName() + " answered " + refused.role());
            } catch (InvocationTargetException thrown) {
                assertThat(thrown.getCause()).as(method.getName()).isInstanceOf(AccessRefusedException.class);
            }
            called.add(method.getName());
        }
        assertThat(called).containsExactlyInAnyOrder("request", "reports", "report", "pdf", "html", "years");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"OBSERVATOIRE", "ADMIN"})
    void theObservatoryAndTheAdminOfAnotherDepartementGetNothingOfAReport(Role role) {
        ObservatoryReports reports = reports(figures, false);
        long id = reports.request(
                viewer(Role.OBSERVATOIRE), request(List.of(Indicator.REACTIONS_READ), Map.of()), Locale.FRENCH);
        assertThat(reports.pdf(viewer(role), id)).as("the département's own").isPresent();
        assertThat(reports.html(viewer(role), id)).isPresent();
        long elsewhere = dossier.departement("OBQ" + DEPARTEMENTS.incrementAndGet(), "Ailleurs");
        Viewer other = viewer(role, elsewhere);
        assertThat(reports.report(other, id)).isEmpty();
        assertThat(reports.pdf(other, id)).isEmpty();
        assertThat(reports.html(other, id)).isEmpty();
        assertThat(reports.reports(other)).extracting(KeptReport::id).doesNotContain(id);
    }

    @Test
    void aTextTooLongIsRefusedWithItsFieldAndNothingIsKeptWhileOneAtTheLimitIsKeptWhole() {
        ObservatoryReports reports = reports(figures, true);
        Viewer odpe = viewer(Role.OBSERVATOIRE);
        String tooLong = "é".repeat(ObservatoryReports.MAX_COMMENT + 1);
        assertThatThrownBy(() -> reports.request(
                        odpe,
                        new ReportRequest(
                                YEAR,
                                Granularity.QUARTER,
                                List.of(Dimension.TERRITORY),
                                CHOSEN,
                                "x".repeat(ObservatoryReports.MAX_INTRODUCTION + 1),
                                Map.of(Indicator.PPE_COVERAGE, tooLong)),
                        Locale.FRENCH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("comment.PPE_COVERAGE", "observatory.report.error.comment-too-long")
                                .containsEntry("introduction", "observatory.report.error.introduction-too-long"));
        assertThatThrownBy(() -> reports.request(
                        odpe,
                        new ReportRequest(Year.of(2027), Granularity.QUARTER, List.of(), List.of(), "", Map.of()),
                        Locale.FRENCH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("year", "observatory.report.error.year")
                                .containsEntry("indicators", "observatory.report.error.indicators")
                                .containsEntry("breakdowns", "observatory.report.error.breakdowns"));
        assertThat(rows()).isZero();
        assertThat(queued).isEmpty();

        String atTheLimit = "é".repeat(ObservatoryReports.MAX_COMMENT);
        long id = reports.request(
                odpe,
                new ReportRequest(
                        YEAR,
                        Granularity.QUARTER,
                        List.of(Dimension.TERRITORY),
                        CHOSEN,
                        "ê".repeat(ObservatoryReports.MAX_INTRODUCTION),
                        Map.of(Indicator.PPE_COVERAGE, atTheLimit)),
                Locale.FRENCH);
        assertThat(jdbc.sql("SELECT comment FROM observatory_report_indicator WHERE report_id = :id AND indicator = :i")
                        .param("id", id)
                        .param("i", Indicator.PPE_COVERAGE.name())
                        .query(String.class)
                        .single())
                .isEqualTo(atTheLimit);
        assertThat(jdbc.sql("SELECT introduction FROM observatory_report WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .hasSize(ObservatoryReports.MAX_INTRODUCTION);
    }

    @Test
    void aGenerationThatFailsIsMarkedFailedAndKeepsNoFileAndANewOneMayStart() {
        RawMonths failing = new RawMonths(jdbc) {
            @Override
            public List<MonthlyCount> of(long departementId, Indicator indicator, Dimension dimension, Year year) {
                if (indicator == Indicator.SURVEY_PARTICIPATION) {
                    throw new IllegalStateException("the counting failed");
                }
                return months.of(departementId, indicator, dimension, year);
            }
        };
        ObservatoryFigures broken = new ObservatoryFigures(
                jdbc,
                context.getBean(JdbcTemplate.class),
                context.getBean(AccessPolicy.class),
                clock(),
                () -> failing,
                context.getBean(BundleTranslations.class));
        Viewer odpe = viewer(Role.OBSERVATOIRE);
        ObservatoryReports reports = reports(broken, false);
        long id = reports.request(odpe, request(CHOSEN, Map.of()), Locale.FRENCH);

        KeptReport kept = reports.report(odpe, id).orElseThrow();
        assertThat(kept.status()).isEqualTo(KeptReport.Status.FAILED);
        assertThat(kept.indicatorsDone())
                .as("the indicators read before the failure")
                .isEqualTo(2);
        assertThat(kept.finishedAt()).isNotNull();
        assertThat(kept.pdfSize()).isNull();
        assertThat(reports.pdf(odpe, id)).isEmpty();
        assertThat(reports.html(odpe, id)).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM observatory_report
                        WHERE id = :id AND pdf IS NULL AND html IS NULL AND running_year IS NULL""").param("id", id).query(Long.class).single()).isEqualTo(1);

        long again = reports(figures, false).request(odpe, request(CHOSEN, Map.of()), Locale.FRENCH);
        assertThat(again).isNotEqualTo(id);
        assertThat(reports.report(odpe, again).orElseThrow().status()).isEqualTo(KeptReport.Status.DONE);
    }

    @Test
    void twoRequestsForOneYearWhileItIsWrittenAreOneGeneration() {
        ObservatoryReports reports = reports(figures, true);
        Viewer odpe = viewer(Role.OBSERVATOIRE);
        long first = reports.request(odpe, request(List.of(Indicator.REACTIONS_READ), Map.of()), Locale.FRENCH);
        assertThat(reports.report(odpe, first).orElseThrow().status()).isEqualTo(KeptReport.Status.RUNNING);
        assertThat(reports.pdf(odpe, first))
                .as("nothing to read while it is written")
                .isEmpty();
        long second =
                reports.request(viewer(Role.ADMIN), request(List.of(Indicator.PPE_COVERAGE), Map.of()), Locale.FRENCH);
        assertThat(second).isEqualTo(first);
        assertThat(rows()).isEqualTo(1);
        assertThat(queued).hasSize(1);
        queued.removeFirst().run();
        assertThat(reports.report(odpe, first).orElseThrow().status()).isEqualTo(KeptReport.Status.DONE);
        long third = reports.request(odpe, request(List.of(Indicator.REACTIONS_READ), Map.of()), Locale.FRENCH);
        assertThat(third).isNotEqualTo(first);
        assertThat(reports.reports(odpe)).extracting(KeptReport::id).containsExactly(third, first);
    }
}
