package fr.reperes.observatory.screens;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.FigureTable;
import fr.reperes.observatory.Granularity;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.ObservatoryFigures;
import fr.reperes.observatory.ObservatoryTerritory;
import fr.reperes.observatory.charts.FigureChart;
import fr.reperes.observatory.exports.FigureExports;
import fr.reperes.observatory.exports.OpenData;
import fr.reperes.observatory.shown.FigureSummary;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.shell.PdfDownloads;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One indicator: its definition, the choices of period, breakdown, territory (a territory only with the territorial
 * breakdown: it is never crossed with another) and year, then the summary in words, the charts, the data table and the
 * downloads of that very table. Every figure comes protected from {@link ObservatoryFigures}, which also decides who
 * may read it; a download reads the table again at click time, so that access is asked again and the file is the
 * table as shown. The choices are kept in the address ({@code ?periode=trimestre&repartition=territoire&territoire=11
 * &annee=2026}), so that a table can be bookmarked and sent to a colleague; a choice the address cannot make is
 * ignored, never passed on.
 */
@Route(IndicatorView.ROUTE)
@RolesAllowed({"OBSERVATOIRE", "ADMIN"})
class IndicatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "indicator";
    static final String ROUTE = ObservatoryView.ROUTE + "/:" + PARAMETER;
    /** Years offered back from the latest published. */
    static final int YEARS = 5;

    static final String PERIOD = "periode";
    static final String BREAKDOWN = "repartition";
    static final String TERRITORY = "territoire";
    static final String YEAR = "annee";
    static final Map<Granularity, String> PERIOD_WORDS =
            Map.of(Granularity.MONTH, "mois", Granularity.QUARTER, "trimestre", Granularity.YEAR, "annee");
    static final Map<Dimension, String> BREAKDOWN_WORDS = Map.of(
            Dimension.TERRITORY, "territoire",
            Dimension.AGE_BAND, "age",
            Dimension.MEASURE_KIND, "mesure",
            Dimension.PLACE_KIND, "lieu");

    private final transient ObservatoryFigures figures;
    private final transient CurrentViewer currentViewer;
    private final transient BundleTranslations translations;
    private final transient Clock clock;
    private final Div figuresBox = new Div();
    private final Paragraph summary = new Paragraph();
    private final Select<Long> territory = new Select<>();
    private @Nullable Registration territoryListener;
    private Indicator indicator = Indicator.PPE_COVERAGE;
    private Granularity granularity = Granularity.MONTH;
    private Dimension breakdown = Dimension.TERRITORY;
    private @Nullable Long territoryId;
    private int year;
    private int latestYear;

    IndicatorView(
            ObservatoryFigures figures, CurrentViewer currentViewer, BundleTranslations translations, Clock clock) {
        this.figures = figures;
        this.currentViewer = currentViewer;
        this.translations = translations;
        this.clock = clock;
        setMaxWidth("80rem");
        figuresBox.setWidthFull();
        summary.setId("observatory-summary");
        // Said again when a choice changes the figures.
        summary.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(PARAMETER).orElse("");
        Indicator found = Arrays.stream(Indicator.values())
                .filter(i -> i.slug().equals(slug))
                .findFirst()
                .orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        indicator = found;
        Viewer viewer = currentViewer.require();
        latestYear = figures.lastPublishedMonth(viewer)
                .map(YearMonth::getYear)
                .orElseGet(() -> Year.now(clock).getValue());
        List<ObservatoryTerritory> territories = figures.territories(viewer);
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        granularity = chosen(query, PERIOD, PERIOD_WORDS).orElse(Granularity.MONTH);
        breakdown = chosen(query, BREAKDOWN, BREAKDOWN_WORDS)
                .filter(indicator.dimensions()::contains)
                .orElse(Dimension.TERRITORY);
        territoryId = breakdown != Dimension.TERRITORY
                ? null
                : first(query, TERRITORY)
                        .flatMap(IndicatorView::number)
                        .filter(id -> territories.stream().anyMatch(t -> t.id() == id))
                        .orElse(null);
        year = first(query, YEAR)
                .flatMap(IndicatorView::number)
                .map(Long::intValue)
                .filter(y -> y <= latestYear && y > latestYear - YEARS)
                .orElse(latestYear);
        draw(territories);
    }

    private static <T> Optional<T> chosen(Map<String, List<String>> query, String name, Map<T, String> words) {
        return first(query, name)
                .flatMap(word -> words.entrySet().stream()
                        .filter(entry -> entry.getValue().equals(word))
                        .map(Map.Entry::getKey)
                        .findFirst());
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** Writes the choices into the address without a new navigation, so that focus stays on the list just used. */
    private void remember() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(PERIOD, PERIOD_WORDS.get(granularity));
        choices.put(BREAKDOWN, BREAKDOWN_WORDS.get(breakdown));
        if (territoryId != null) {
            choices.put(TERRITORY, territoryId.toString());
        }
        choices.put(YEAR, Integer.toString(year));
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(ObservatoryView.ROUTE + "/" + indicator.slug(), QueryParameters.simple(choices))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observatory.page.title", getTranslation(indicator.key() + ".title"));
    }

    private Words words() {
        return ScreenWords.of(translations, getLocale());
    }

    private void draw(List<ObservatoryTerritory> territories) {
        removeAll();
        Words words = words();
        add(new RouterLink(getTranslation("observatory.back"), ObservatoryView.class));
        add(new H1(getTranslation(indicator.key() + ".title")));
        add(new H2(getTranslation("observatory.definition")));
        add(ScreenWords.definition(indicator, words));
        add(new H2(getTranslation("observatory.figures.heading")));
        add(controls(territories));
        add(summary, figuresBox);
        showFigures();
    }

    private Component controls(List<ObservatoryTerritory> territories) {
        Select<Granularity> period = new Select<>();
        period.setLabel(getTranslation("observatory.control.granularity"));
        period.setItems(Granularity.values());
        period.setItemLabelGenerator(g -> getTranslation(g.key()));
        period.setValue(granularity);
        period.setId("observatory-granularity");
        period.addValueChangeListener(change -> {
            granularity = change.getValue();
            showFigures();
        });
        Select<Dimension> by = new Select<>();
        by.setLabel(getTranslation("observatory.control.breakdown"));
        by.setItems(indicator.dimensions().stream().toList());
        by.setItemLabelGenerator(d -> getTranslation(d.key()));
        by.setValue(breakdown);
        by.setId("observatory-breakdown");
        by.addValueChangeListener(change -> {
            breakdown = change.getValue();
            if (breakdown != Dimension.TERRITORY) {
                territoryId = null;
                territory.clear();
            }
            territory.setVisible(breakdown == Dimension.TERRITORY);
            showFigures();
        });
        territory.setLabel(getTranslation("observatory.control.territory"));
        territory.setHelperText(getTranslation("observatory.control.territory.help"));
        territory.setEmptySelectionAllowed(true);
        territory.setEmptySelectionCaption(getTranslation("observatory.control.territory.all"));
        Function<Long, String> names = territories.stream()
                .collect(Collectors.toMap(ObservatoryTerritory::id, ObservatoryTerritory::name))::get;
        territory.setItems(territories.stream().map(ObservatoryTerritory::id).toList());
        territory.setItemLabelGenerator(id -> id == null ? "" : String.valueOf(names.apply(id)));
        territory.setValue(territoryId);
        territory.setVisible(breakdown == Dimension.TERRITORY);
        territory.setId("observatory-territory");
        // The page is kept from one indicator to the next (the same route), and so is this field: one listener, or
        // choosing a territory after visiting ten indicators drew the figures ten times
        // (ObservatoryScaleBenchmarkTest).
        if (territoryListener != null) {
            territoryListener.remove();
        }
        territoryListener = territory.addValueChangeListener(change -> {
            territoryId = change.getValue();
            showFigures();
        });
        Select<Integer> years = new Select<>();
        years.setLabel(getTranslation("observatory.control.year"));
        List<Integer> choices = new ArrayList<>();
        for (int y = latestYear; y > latestYear - YEARS; y--) {
            choices.add(y);
        }
        years.setItems(choices);
        years.setItemLabelGenerator(String::valueOf);
        years.setValue(year);
        years.setId("observatory-year");
        years.addValueChangeListener(change -> {
            year = change.getValue();
            showFigures();
        });
        FlexLayout form = new FlexLayout(period, by, territory, years);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.START);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        form.getElement().setAttribute("role", "group");
        form.getElement().setAttribute("aria-label", getTranslation("observatory.controls"));
        return form;
    }

    /** The table for the choices made, read through the service: the same call a download makes again. */
    private FigureTable table(Viewer viewer) {
        return figures.table(viewer, indicator, breakdown, territoryId, granularity, Year.of(year));
    }

    private void showFigures() {
        remember();
        figuresBox.removeAll();
        Words words = words();
        ShownTable shown = ShownTable.of(table(currentViewer.require()), words);
        String text = FigureSummary.text(shown, words);
        summary.setText(text);
        int last = shown.periods().size() - 1;
        FlexLayout charts = new FlexLayout();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-l)");
        if (shown.periods().size() > 1) {
            charts.add(chart(
                    getTranslation("observatory.chart.total.heading"),
                    FigureChart.totalSvg(shown, text, words),
                    text,
                    "observatory-chart-total"));
        }
        if (last >= 0 && shown.rows().size() > 1) {
            String description = FigureSummary.categories(shown, last);
            charts.add(chart(
                    getTranslation(
                            "observatory.chart.categories.heading",
                            shown.periods().get(last)),
                    FigureChart.categoriesSvg(shown, last, description, words),
                    description,
                    "observatory-chart-categories"));
        }
        figuresBox.add(charts);
        figuresBox.add(new H3(getTranslation("observatory.table.heading")));
        Paragraph legend = new Paragraph(shown.withheldLegend());
        figuresBox.add(legend);
        figuresBox.add(FigureDataTable.scrolling(shown, getTranslation("observatory.table.region")));
        figuresBox.add(downloads());
    }

    private Component chart(String heading, String svg, String alternative, String id) {
        Div box = new Div();
        box.getStyle().set("flex", "1 1 20rem").set("min-width", "0").set("max-width", "40rem");
        Image image = new Image(FigureChart.dataUrl(svg), alternative);
        image.setWidthFull();
        image.setId(id);
        box.add(new H3(heading), image);
        return box;
    }

    private Component downloads() {
        Viewer viewer = currentViewer.require();
        Locale locale = getLocale();
        Indicator shownIndicator = indicator;
        Dimension shownBreakdown = breakdown;
        @Nullable Long shownTerritory = territoryId;
        Granularity shownGranularity = granularity;
        int shownYear = year;
        Words words = ScreenWords.of(translations, locale);
        String sheet = words.text("observatory.download.sheet");
        Supplier<ShownTable> read = () -> ShownTable.of(
                figures.table(
                        viewer,
                        shownIndicator,
                        shownBreakdown,
                        shownTerritory,
                        shownGranularity,
                        Year.of(shownYear),
                        locale),
                words);
        String base = "observatoire-" + indicator.slug() + "-" + year + "-"
                + granularity.name().toLowerCase(Locale.ROOT) + "-"
                + breakdown.name().toLowerCase(Locale.ROOT)
                + (territoryId == null ? "" : "-territoire-" + territoryId);
        UnorderedList links = new UnorderedList(
                link(
                        "observatory-download-csv",
                        "observatory.download.csv",
                        base + ".csv",
                        FigureExports.CSV_TYPE,
                        () -> FigureExports.csv(read.get())),
                link(
                        "observatory-download-ods",
                        "observatory.download.ods",
                        base + ".ods",
                        FigureExports.ODS_TYPE,
                        () -> FigureExports.ods(read.get(), sheet)),
                link(
                        "observatory-download-open-data",
                        "observatory.download.open-data",
                        base + "-donnees-ouvertes.csv",
                        FigureExports.CSV_TYPE,
                        () -> OpenData.csv(read.get())),
                link(
                        "observatory-download-dictionary",
                        "observatory.download.dictionary",
                        base + "-dictionnaire.md",
                        "text/markdown;charset=UTF-8",
                        () -> OpenData.dictionary(read.get(), words).getBytes(StandardCharsets.UTF_8)));
        Div box = new Div(new H3(getTranslation("observatory.downloads")), links);
        return box;
    }

    private ListItem link(String id, String key, String fileName, String type, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(PdfDownloads.file(fileName, type, bytes), getTranslation(key));
        anchor.setId(id);
        return new ListItem(anchor);
    }
}
