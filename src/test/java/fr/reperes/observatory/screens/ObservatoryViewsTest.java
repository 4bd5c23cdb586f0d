package fr.reperes.observatory.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.KaribuTest;
import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.FigureTable;
import fr.reperes.observatory.Granularity;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.ObservatoryFigures;
import fr.reperes.observatory.ObservatoryTerritory;
import fr.reperes.platform.suppression.IndicatorCell;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @BeforeEach
    void handBuiltFigures() {
        when(figures.lastPublishedMonth(any())).thenReturn(Optional.of(YearMonth.of(2026, 3)));
        when(figures.territories(any()))
                .thenReturn(List.of(new ObservatoryTerritory(11, "Nord"), new ObservatoryTerritory(12, "Sud")));
        when(figures.table(any(), any(), any(), any(), any(), any()))
                .thenAnswer(call ->
                        table(call.getArgument(1), call.getArgument(2), call.getArgument(3), call.getArgument(4)));
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
        assertThat(_find(UI.getCurrent(), RouterLink.class).stream()
                        .map(RouterLink::getHref)
                        .filter(href -> href.startsWith("observatoire/"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(List.of(Indicator.values()).stream()
                        .map(i -> "observatoire/" + i.slug())
                        .toList());
        List<Details> definitions = _find(UI.getCurrent(), Details.class);
        assertThat(definitions).hasSize(Indicator.values().length).noneMatch(Details::isOpened);
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
        for (String route : List.of("observatoire", "observatoire/ppe-coverage")) {
            assertThatThrownBy(() -> open(route)).as(route).isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
