package fr.reperes.observatory.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.FigureTable;
import fr.reperes.observatory.Granularity;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.IndicatorChanges;
import fr.reperes.observatory.KeptReport;
import fr.reperes.observatory.ObservatoryFigures;
import fr.reperes.observatory.ObservatoryReports;
import fr.reperes.observatory.ObservatoryTerritory;
import fr.reperes.observatory.ReportRequest;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.suppression.IndicatorCell;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The observatory's pages for the observatory and the admin, and refused to every other role (no menu entry, no page).
 * The figures service is replaced here by hand-built protected tables (a withheld cell in a category and in the
 * total), so that the pages are judged on what they do with a table: the service's own figures have their tests.
 */
class ObservatoryViewsTest extends KaribuTest {

    private static final String WITHHELD = "masqué (moins de 5 personnes ou calculable)";

    @MockitoBean
    ObservatoryFigures figures;

    @Autowired
    IndicatorChanges changes;

    @MockitoBean
    ObservatoryReports reports;

    /** What the reports service lists, as the test moves it on. */
    private final AtomicReference<List<KeptReport>> kept = new AtomicReference<>(List.of());

    @BeforeEach
    void handBuiltFigures() {
        when(figures.lastPublishedMonth(any())).thenReturn(Optional.of(YearMonth.of(2026, 3)));
        when(figures.territories(any()))
                .thenReturn(List.of(new ObservatoryTerritory(11, "Nord"), new ObservatoryTerritory(12, "Sud")));
        when(figures.table(any(), any(), any(), any(), any(), any()))
                .thenAnswer(call ->
                        table(call.getArgument(1), call.getArgument(2), call.getArgument(3), call.getArgument(4)));
        when(figures.publishedTable(any(), any(), any(), any(), any(), any()))
                .thenAnswer(call -> Optional.of(
                        table(call.getArgument(1), call.getArgument(2), call.getArgument(3), call.getArgument(4))));
        when(reports.years(any()))
                .thenReturn(List.of(Year.of(2026), Year.of(2025), Year.of(2024), Year.of(2023), Year.of(2022)));
        when(reports.reports(any())).thenAnswer(call -> kept.get());
    }

    /** Nord 12 then withheld, Sud 30 and 41, the total 45 then withheld: whatever the choices. */
    private static FigureTable table(
            Indicator indicator, Dimension breakdown, @Nullable Long territoryId, Granularity granularity) {
        List<String> periods = switch (granularity) {
            case MONTH -> List.of("2026-02", "2026-03");
            case QUARTER -> List.of("2025-T4", "2026-T1");
            case YEAR -> List.of("2025", "2026");
        };
        List<FigureTable.Row> rows = new ArrayList<>();
        if (territoryId == null || territoryId == 11) {
            rows.add(
                    new FigureTable.Row("11", "Nord", List.of(IndicatorCell.of(12, 40), IndicatorCell.of(null, null))));
        }
        if (territoryId == null || territoryId == 12) {
            rows.add(new FigureTable.Row("12", "Sud", List.of(IndicatorCell.of(30, 60), IndicatorCell.of(41, 70))));
        }
        return new FigureTable(
                indicator,
                breakdown,
                territoryId,
                granularity,
                periods,
                rows,
                List.of(IndicatorCell.of(45, 100), IndicatorCell.of(null, null)),
                LocalDate.of(2026, 4, 1));
    }

    /** French numbers space with no-break spaces ("45,0 %"): compared here as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @ParameterizedTest
    @ValueSource(strings = {"odpe", "admin"})
    void theObservatoryAndTheAdminReadTheIndicatorsBySourceEachWithItsDefinitionOneClickAway(String subject) {
        signInAs(subject);
        assertThat(_find(UI.getCurrent(), SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Observatoire");
        assertThat(open("observatoire")).isEqualTo(200);
        _get(ObservatoryView.class);
        assertThat(linksOf(UI.getCurrent()).stream()
                        .map(link -> link.substring(link.indexOf(" -> ") + 4))
                        .filter(href -> href.startsWith("observatoire/") && !href.equals(ReportView.ROUTE))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(List.of(Indicator.values()).stream()
                        .map(i -> "observatoire/" + i.slug())
                        .toList());
        assertThat(_get(RouterLink.class, spec -> spec.withId("observatory-report-link"))
                        .getHref())
                .isEqualTo("observatoire/rapport");
        // Each definition one click away, in a native disclosure sent closed.
        List<String> definitions = _find(UI.getCurrent(), Html.class).stream()
                .flatMap(block -> Jsoup.parseBodyFragment(block.getInnerHtml()).select("details").stream())
                .map(details -> (details.hasAttr("open") ? "open " : "")
                        + details.select("summary").text() + " | "
                        + details.select("dt").size())
                .toList();
        assertThat(definitions)
                .hasSize(Indicator.values().length)
                .allMatch(definition -> definition.startsWith("Définition") && !definition.endsWith("| 0"));
        assertThat(pageText())
                .contains(
                        "Dossiers et projets pour l’enfant",
                        "Accès à l’autonomie",
                        "Participation des jeunes",
                        "Livrets d’accueil",
                        "Derniers chiffres publiés : mars 2026.");
    }

    @Test
    void anIndicatorShowsItsSummaryChartsTableAndDownloadsWithTheWithheldCellsSaidAndNeverZero() {
        signInAs("odpe");
        // The home's "what changed most" read every indicator: count this page's calls only.
        clearInvocations(figures);
        assertThat(open("observatoire/ppe-coverage")).isEqualTo(200);
        _get(IndicatorView.class);
        verify(figures)
                .table(
                        any(),
                        eq(Indicator.PPE_COVERAGE),
                        eq(Dimension.TERRITORY),
                        isNull(),
                        eq(Granularity.MONTH),
                        eq(Year.of(2026)));
        String summary = _get(Paragraph.class, spec -> spec.withId("observatory-summary"))
                .getText();
        assertThat(summary)
                .startsWith("Dernier chiffre de l’ensemble (mars 2026) : masqué.")
                .contains("Pas de comparaison avec février 2026")
                .contains("2 chiffres masqués sur 6");
        NativeTable table = _get(NativeTable.class);
        assertThat(table.getCaptionText()).contains("par territoire et par mois");
        List<String> cells = _find(table, NativeTableCell.class).stream()
                .map(cell -> plain(cell.getText()))
                .toList();
        assertThat(cells)
                .containsExactly(
                        "30,0 % (12 sur 40)",
                        WITHHELD, "50,0 % (30 sur 60)", "58,6 % (41 sur 70)", "45,0 % (45 sur 100)", WITHHELD);
        // The table's box scrolls sideways on a narrow screen, and a keyboard can reach it to scroll.
        assertThat(table.getParent().orElseThrow().getElement().getAttribute("tabindex"))
                .isEqualTo("0");
        List<Image> charts = _find(UI.getCurrent(), Image.class).stream()
                .filter(image -> image.getId().orElse("").startsWith("observatory-chart"))
                .toList();
        assertThat(charts).hasSize(2);
        assertThat(charts.getFirst().getAlt()).contains(summary);
        assertThat(plain(charts.get(1).getAlt().orElseThrow()))
                .isEqualTo("Nord : " + WITHHELD + " ; Sud : 58,6 % (41 sur 70)");
        assertThat(_find(UI.getCurrent(), Anchor.class).stream()
                        .map(a -> a.getId().orElse(""))
                        .filter(id -> id.startsWith("observatory-download"))
                        .toList())
                .containsExactly(
                        "observatory-download-csv",
                        "observatory-download-ods",
                        "observatory-download-open-data",
                        "observatory-download-dictionary");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachChoiceAsksTheServiceForThatTableAndATerritoryIsOfferedOnlyWithTheTerritorialBreakdown() {
        signInAs("odpe");
        clearInvocations(figures);
        open("observatoire/ppe-coverage");
        Select<Long> territory = _get(Select.class, spec -> spec.withId("observatory-territory"));
        assertThat(territory.isVisible()).isTrue();
        territory.setValue(12L);
        verify(figures)
                .table(
                        any(),
                        eq(Indicator.PPE_COVERAGE),
                        eq(Dimension.TERRITORY),
                        eq(12L),
                        eq(Granularity.MONTH),
                        eq(Year.of(2026)));
        assertThat(_find(_get(NativeTable.class), NativeTableCell.class)).hasSize(4);
        assertThat(_get(NativeTable.class).getCaptionText()).endsWith(" : Sud seulement");

        Select<Granularity> period = _get(Select.class, spec -> spec.withId("observatory-granularity"));
        period.setValue(Granularity.QUARTER);
        verify(figures)
                .table(any(), any(), eq(Dimension.TERRITORY), eq(12L), eq(Granularity.QUARTER), eq(Year.of(2026)));
        assertThat(_get(NativeTable.class).getCaptionText()).contains("par trimestre");

        Select<Dimension> by = _get(Select.class, spec -> spec.withId("observatory-breakdown"));
        by.setValue(Dimension.AGE_BAND);
        // Never a territory crossed with another breakdown: the territory is dropped and no longer offered.
        verify(figures, atLeastOnce())
                .table(any(), any(), eq(Dimension.AGE_BAND), isNull(), eq(Granularity.QUARTER), eq(Year.of(2026)));
        assertThat(territory.isVisible()).isFalse();
        assertThat(territory.getValue()).isNull();

        Select<Integer> year = _get(Select.class, spec -> spec.withId("observatory-year"));
        assertThat(year.getListDataView().getItems()).containsExactly(2026, 2025, 2024, 2023, 2022);
        year.setValue(2024);
        verify(figures)
                .table(any(), any(), eq(Dimension.AGE_BAND), isNull(), eq(Granularity.QUARTER), eq(Year.of(2024)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAddressKeepsTheChoicesSoThatATableCanBeBookmarkedAndOpenedAgain() {
        signInAs("odpe");
        clearInvocations(figures);
        open("observatoire/ppe-coverage?periode=trimestre&repartition=territoire&territoire=12&annee=2024");
        verify(figures)
                .table(
                        any(),
                        eq(Indicator.PPE_COVERAGE),
                        eq(Dimension.TERRITORY),
                        eq(12L),
                        eq(Granularity.QUARTER),
                        eq(Year.of(2024)));
        assertThat(_get(Select.class, spec -> spec.withId("observatory-territory"))
                        .getValue())
                .isEqualTo(12L);
        assertThat(_get(Select.class, spec -> spec.withId("observatory-year")).getValue())
                .isEqualTo(2024);
        // Every year within reach stays offered, not only those before the one in the address.
        assertThat(_get(Select.class, spec -> spec.withId("observatory-year"))
                        .getListDataView()
                        .getItems())
                .containsExactly(2026, 2025, 2024, 2023, 2022);

        Select<Dimension> by = _get(Select.class, spec -> spec.withId("observatory-breakdown"));
        by.setValue(Dimension.MEASURE_KIND);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                        .map(invocation ->
                                invocation.getInvocation().getParameters().toString())
                        .filter(parameters -> parameters.contains("observatoire/ppe-coverage?"))
                        .toList())
                .last()
                .asString()
                .contains("periode=trimestre", "repartition=mesure", "annee=2024")
                .doesNotContain("territoire=");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "periode=semaine&repartition=sexe&annee=abc",
                "repartition=age&territoire=12",
                "territoire=99",
                "territoire=12%20OR%201%3D1",
                "annee=2027",
                "annee=2021",
                "periode=MONTH&repartition=TERRITORY"
            })
    void aChoiceTheAddressCannotMakeIsIgnoredNeverPassedOn(String query) {
        signInAs("odpe");
        clearInvocations(figures);
        assertThat(open("observatoire/ppe-coverage?" + query)).isEqualTo(200);
        verify(figures, atLeastOnce()).table(any(), any(), any(), any(), any(), any());
        verify(figures, never()).table(any(), any(), any(), ArgumentMatchers.<Long>notNull(), any(), any());
        verify(figures, never())
                .table(any(), any(), any(), any(), any(), ArgumentMatchers.<Year>argThat(y -> y.getValue() != 2026));
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingATerritoryDrawsTheFiguresOnceHoweverManyIndicatorsWereReadBefore() {
        signInAs("odpe");
        for (Indicator indicator : Indicator.values()) {
            open("observatoire/" + indicator.slug());
        }
        clearInvocations(figures);
        Select<Long> territory = _get(Select.class, spec -> spec.withId("observatory-territory"));
        territory.setValue(12L);
        verify(figures, times(1)).table(any(), any(), any(), any(), any(), any());
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        signInAs("odpe");
        assertThat(open("observatoire/no-such-indicator")).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lina", "karim", "claire", "thomas", "yanis"})
    void everyOtherRoleHasNoEntryAndNoPage(String subject) {
        signInAs(subject);
        assertThat(_find(UI.getCurrent(), SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .doesNotContain("Observatoire");
        for (String route : List.of("observatoire", "observatoire/ppe-coverage", "observatoire/rapport")) {
            assertThatThrownBy(() -> open(route)).as(route).isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(ObservatoryView.class)).isEmpty();
            assertThat(_find(IndicatorView.class)).isEmpty();
            assertThat(_find(ReportView.class)).isEmpty();
        }
    }

    @Test
    void theObservatorysHomeListsTheFiveLargestChangesEachALinkToItsIndicator() {
        // Every total rises by its indicator's position: a share by that many points, a count by 2.5 % each.
        doAnswer(call -> {
                    Indicator indicator = call.getArgument(1);
                    return Optional.of(new FigureTable(
                            indicator,
                            Dimension.TERRITORY,
                            null,
                            Granularity.MONTH,
                            List.of("2026-02", "2026-03"),
                            List.of(),
                            List.of(IndicatorCell.of(40, 100), IndicatorCell.of(40 + indicator.ordinal(), 100)),
                            LocalDate.of(2026, 4, 1)));
                })
                .when(figures)
                .publishedTable(any(), any(), any(), isNull(), eq(Granularity.MONTH), eq(Year.of(2026)));
        signInAs("odpe");
        assertThat(open("")).isEqualTo(200);

        Div panel = _get(Div.class, spec -> spec.withId("observatoire-changements"));
        List<String> expected = changes.largest(TestSignIn.viewer(context, "odpe")).stream()
                .map(change -> "observatoire/" + change.indicator().slug())
                .toList();
        assertThat(expected).hasSize(5);
        assertThat(_find(panel, Anchor.class)).extracting(Anchor::getHref).containsExactlyElementsOf(expected);
        assertThat(plain(panel.getElement().getTextRecursively())).contains("pour tout le département", "mars 2026");
    }

    @Test
    void theObservatorysHomeSaysWhyNothingIsComparedWhenTheLastMonthIsWithheld() {
        signInAs("odpe");
        open("");
        Div panel = _get(Div.class, spec -> spec.withId("observatoire-changements"));
        assertThat(_find(panel, Anchor.class)).isEmpty();
        assertThat(panel.getElement().getTextRecursively()).contains("l’un des deux mois est masqué");

        when(figures.lastPublishedMonth(any())).thenReturn(Optional.empty());
        open("");
        panel = _get(Div.class, spec -> spec.withId("observatoire-changements"));
        assertThat(panel.getElement().getTextRecursively()).contains("Aucun mois n’est encore publié");
    }

    @ParameterizedTest
    @ValueSource(strings = {"claire", "lina", "karim", "yanis", "admin"})
    void noOtherHomeShowsTheChanges(String subject) {
        signInAs(subject);
        open("");
        assertThat(_find(UI.getCurrent(), Div.class, spec -> spec.withId("observatoire-changements")))
                .isEmpty();
    }

    /** Whether the component of that id is shown (Karibu finds visible components only). */
    private static boolean shown(String id) {
        return !_find(UI.getCurrent(), Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static KeptReport report(KeptReport.Status status, int done) {
        boolean written = status == KeptReport.Status.DONE;
        return new KeptReport(
                7,
                Year.of(2025),
                Granularity.QUARTER,
                List.of(Dimension.TERRITORY, Dimension.AGE_BAND),
                "Observatoire Test",
                Instant.parse("2026-03-02T09:00:00Z"),
                status == KeptReport.Status.RUNNING ? null : Instant.parse("2026-03-02T09:03:00Z"),
                status,
                done,
                19,
                written ? 1_300_000 : null,
                written ? 420_000 : null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"odpe", "admin"})
    @SuppressWarnings("unchecked")
    void theReportIsRequestedAsChosenItsProgressShownUntilItIsKeptWithItsDateAndDownloads(String subject) {
        signInAs(subject);
        assertThat(open("observatoire/rapport")).isEqualTo(200);
        assertThat(_get(Paragraph.class, spec -> spec.withText("Aucun rapport pour l’instant."))
                        .isVisible())
                .isTrue();
        assertThat(shown("report-progress")).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        Select<Year> year = _get(Select.class, spec -> spec.withId("report-year"));
        assertThat(year.getValue()).as("the latest complete year").isEqualTo(Year.of(2025));
        CheckboxGroup<Indicator> dossier = _get(CheckboxGroup.class, spec -> spec.withId("report-indicators-dossier"));
        assertThat(dossier.getValue()).contains(Indicator.PPE_COVERAGE, Indicator.REACTIONS_READ);
        dossier.setValue(Set.of(Indicator.PPE_COVERAGE));
        for (String source : List.of("autonomy", "participation", "content")) {
            _get(CheckboxGroup.class, spec -> spec.withId("report-indicators-" + source))
                    .setValue(Set.of());
        }
        assertThat(shown("report-comment-reactions-read"))
                .as("a comment offered for a chosen indicator only")
                .isFalse();
        _get(TextArea.class, spec -> spec.withId("report-comment-ppe-coverage")).setValue("Le PPE progresse.");
        _get(TextArea.class, spec -> spec.withId("report-introduction")).setValue("Notre année.");
        CheckboxGroup<Dimension> breakdowns = _get(CheckboxGroup.class, spec -> spec.withId("report-breakdowns"));
        breakdowns.setValue(Set.of(Dimension.AGE_BAND, Dimension.TERRITORY));
        when(reports.request(any(), any(), any())).thenAnswer(call -> {
            kept.set(List.of(report(KeptReport.Status.RUNNING, 3)));
            return 7L;
        });

        _click(_get(Button.class, spec -> spec.withId("report-request")));

        verify(reports)
                .request(
                        any(),
                        eq(new ReportRequest(
                                Year.of(2025),
                                Granularity.QUARTER,
                                List.of(Dimension.TERRITORY, Dimension.AGE_BAND),
                                List.of(Indicator.PPE_COVERAGE),
                                "Notre année.",
                                Map.of(Indicator.PPE_COVERAGE, "Le PPE progresse."))),
                        eq(Locale.FRENCH));
        assertThat(shown("report-progress")).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-progress-text"))
                        .getText())
                .isEqualTo("Rapport 2025 en cours d’écriture : 3 indicateurs sur 19.");
        ProgressBar bar = _get(ProgressBar.class, spec -> spec.withId("report-progress-bar"));
        assertThat(bar.getValue()).isEqualTo(3);
        assertThat(bar.getMax()).isEqualTo(19);
        assertThat(UI.getCurrent().getPollInterval())
                .as("the page asks again while it is written")
                .isPositive();
        assertThat(_find(UI.getCurrent(), Anchor.class).stream()
                        .filter(a -> a.getId().orElse("").startsWith("report-")))
                .isEmpty();

        kept.set(List.of(report(KeptReport.Status.DONE, 19)));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(shown("report-progress")).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        String line = _get(ListItem.class, spec -> spec.withId("report-7"))
                        .getElement()
                        .getText()
                + _find(_get(ListItem.class, spec -> spec.withId("report-7")), Paragraph.class).stream()
                        .map(Paragraph::getText)
                        .reduce("", String::concat);
        assertThat(plain(line))
                .contains("Demandé par Observatoire Test le 2 mars 2026 10:00.")
                .contains("Écrit le 2 mars 2026 10:03.");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf-7")).getText())
                .isEqualTo("PDF (1,2 Mo)");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-html-7")).getText())
                .isEqualTo("Page HTML accessible (410 ko)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCommentTooLongIsSaidUnderItsFieldAndAFailedReportSaysNothingWasKept() {
        kept.set(List.of(report(KeptReport.Status.FAILED, 4)));
        signInAs("odpe");
        open("observatoire/rapport");
        assertThat(pageText()).contains("L’écriture a échoué : rien n’en a été conservé.");
        assertThat(_find(UI.getCurrent(), Anchor.class).stream()
                        .filter(a -> a.getId().orElse("").startsWith("report-")))
                .isEmpty();
        when(reports.request(any(), any(), any()))
                .thenThrow(new InvalidInputException(
                        Map.of("comment.PPE_COVERAGE", "observatory.report.error.comment-too-long")));
        _click(_get(Button.class, spec -> spec.withId("report-request")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("report-comment-ppe-coverage"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Ce commentaire est trop long : 4 000 caractères au plus.");
        assertThat(shown("report-progress")).isFalse();
    }
}
