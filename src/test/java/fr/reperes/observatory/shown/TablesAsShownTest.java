package fr.reperes.observatory.shown;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.dom.Element;
import fr.reperes.observatory.FigureTable;
import fr.reperes.observatory.FigureTables;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.charts.FigureChart;
import fr.reperes.observatory.exports.FigureExports;
import fr.reperes.observatory.exports.OpenData;
import fr.reperes.observatory.screens.FigureDataTable;
import fr.reperes.platform.suppression.IndicatorCell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Over random protected tables with withheld cells anywhere: the chart draws exactly the table's figures and a gap
 * (never 0) for a withheld one, and the data table, the summary, the CSV, the ODS (read back by SODS) and the open-data
 * file say exactly the table's cells, the withheld words where it withholds, never a number.
 */
class TablesAsShownTest {

    @Provide
    Arbitrary<FigureTable> tables() {
        return FigureTables.tables();
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.FRENCH, Locale.ENGLISH);
    }

    private static Words words(Locale locale) {
        return FigureTables.words(locale);
    }

    /** What the figures service says a cell is, as a chart must draw it: null when there is nothing to draw. */
    private static Double drawn(Indicator indicator, IndicatorCell cell) {
        if (cell.suppressed()) {
            return null;
        }
        if (indicator.shape() == Indicator.Shape.COUNT) {
            return (double) cell.count().getAsInt();
        }
        return cell.share().isPresent() ? Math.round(cell.share().getAsDouble() * 1000) / 10.0 : null;
    }

    @Property(tries = 200)
    void theChartsDrawTheTablesFiguresAndAGapForAWithheldOne(
            @ForAll("tables") FigureTable figures, @ForAll("locales") Locale locale) {
        Words words = words(locale);
        ShownTable table = ShownTable.of(figures, words);
        DefaultCategoryDataset total = FigureChart.totalOverPeriods(table, words);
        assertThat(total.getColumnCount()).isEqualTo(figures.periods().size());
        for (int column = 0; column < figures.periods().size(); column++) {
            Number value = total.getValue(0, column);
            Double expected = drawn(figures.indicator(), figures.total().get(column));
            assertThat(value == null ? null : value.doubleValue()).isEqualTo(expected);
        }
        for (int column = 0; column < figures.periods().size(); column++) {
            DefaultCategoryDataset categories = FigureChart.categoriesOf(table, column, words);
            assertThat(categories.getColumnCount()).isEqualTo(figures.rows().size());
            for (int row = 0; row < figures.rows().size(); row++) {
                Number value = categories.getValue(0, row);
                IndicatorCell cell = figures.rows().get(row).cells().get(column);
                assertThat(value == null ? null : value.doubleValue()).isEqualTo(drawn(figures.indicator(), cell));
                if (cell.suppressed()) {
                    assertThat(categories.getColumnKey(row).toString())
                            .contains(words.text("observatory.chart.withheld"));
                }
            }
        }
    }

    @Property(tries = 40)
    void theChartIsOneNamedDescribedImageWithAMarkOnEachGap(
            @ForAll("tables") FigureTable figures, @ForAll("locales") Locale locale) throws Exception {
        Words words = words(locale);
        ShownTable table = ShownTable.of(figures, words);
        String summary = FigureSummary.text(table, words);
        int last = figures.periods().size() - 1;
        for (String svg : List.of(
                FigureChart.totalSvg(table, summary, words), FigureChart.categoriesSvg(table, last, summary, words))) {
            Document document = parse(svg);
            org.w3c.dom.Element root = document.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("viewBox")).isNotBlank();
            assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
            assertThat(document.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                    .contains(table.caption());
            assertThat(document.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                    .isEqualTo(summary);
            assertThat(svg).doesNotContain("NaN");
        }
        // One "masqué" mark per gap of the total's line.
        Document line = parse(FigureChart.totalSvg(table, summary, words));
        long gaps = table.total().cells().stream()
                .filter(cell -> cell.value() == null)
                .count();
        assertThat(texts(line).stream()
                        .filter(text -> text.equals(words.text("observatory.chart.withheld")))
                        .count())
                .isEqualTo(gaps);
        if (gaps > 0) {
            assertThat(texts(line)).anyMatch(text -> text.contains(words.text("observatory.chart.withheld")));
        }
    }

    @Property(tries = 200)
    void theDataTableSaysEachCellAndTheWithheldWordsWhereTheTableWithholds(
            @ForAll("tables") FigureTable figures, @ForAll("locales") Locale locale) {
        Words words = words(locale);
        ShownTable table = ShownTable.of(figures, words);
        NativeTable html = FigureDataTable.table(table);
        assertThat(html.getCaptionText()).isEqualTo(table.caption());
        NativeTableBody body = (NativeTableBody) html.getChildren()
                .filter(NativeTableBody.class::isInstance)
                .findFirst()
                .orElseThrow();
        List<List<IndicatorCell>> expected = new ArrayList<>();
        figures.rows().forEach(row -> expected.add(row.cells()));
        expected.add(figures.total());
        List<Element> lines = body.getElement().getChildren().toList();
        assertThat(lines).hasSize(expected.size());
        for (int row = 0; row < lines.size(); row++) {
            List<Element> cells = lines.get(row).getChildren().toList();
            assertThat(cells.getFirst().getTag()).isEqualTo("th");
            assertThat(cells.getFirst().getAttribute("scope")).isEqualTo("row");
            for (int column = 0; column < figures.periods().size(); column++) {
                IndicatorCell cell = expected.get(row).get(column);
                String text = cells.get(column + 1).getText();
                assertThat(text)
                        .isEqualTo(table.lines().get(row).cells().get(column).text());
                if (cell.suppressed()) {
                    assertThat(text).isEqualTo(words.text("observatory.cell.withheld"));
                } else {
                    assertThat(text)
                            .startsWith(
                                    figures.indicator().shape() == Indicator.Shape.COUNT
                                            ? Integer.toString(cell.count().getAsInt())
                                            : cell.share().isPresent()
                                                    ? ShownTable.percent(
                                                            Math.round(cell.share()
                                                                                    .getAsDouble()
                                                                            * 1000)
                                                                    / 10.0,
                                                            words)
                                                    : Integer.toString(
                                                            cell.count().getAsInt()));
                }
            }
        }
    }

    @Property(tries = 200)
    void theCsvHoldsTheCellsAsShownAndNeverANumberForAWithheldOne(
            @ForAll("tables") FigureTable figures, @ForAll("locales") Locale locale) throws IOException {
        Words words = words(locale);
        ShownTable table = ShownTable.of(figures, words);
        byte[] bytes = FigureExports.csv(table);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setDelimiter(';')
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(records.get(0).get(0)).isEqualTo(table.caption());
        assertThat(records.get(FigureExports.HEADER_LINE).toList()).isEqualTo(table.header());
        assertSameCells(
                table,
                figures,
                records.subList(FigureExports.HEADER_LINE + 1, records.size()).stream()
                        .map(r -> r.toList().stream().map(s -> (Object) s).toList())
                        .toList());
    }

    @Property(tries = 60)
    void theOdsReadBackHoldsTheCellsAsShownAndNeverANumberForAWithheldOne(
            @ForAll("tables") FigureTable figures, @ForAll("locales") Locale locale) throws IOException {
        Words words = words(locale);
        ShownTable table = ShownTable.of(figures, words);
        SpreadSheet read = new SpreadSheet(new ByteArrayInputStream(FigureExports.ods(table, "Indicateur")));
        Sheet sheet = read.getSheet(0);
        Object[][] values = sheet.getDataRange().getValues();
        assertThat(values[0][0]).isEqualTo(table.caption());
        List<List<Object>> lines = new ArrayList<>();
        for (int row = FigureExports.HEADER_LINE + 1; row < values.length; row++) {
            lines.add(Arrays.asList(values[row]));
        }
        assertSameCells(table, figures, lines);
    }

    /** Each exported line is the row's label then its cells: a count as that number, anything else as shown. */
    private static void assertSameCells(ShownTable table, FigureTable figures, List<List<Object>> lines) {
        assertThat(lines).hasSize(figures.rows().size() + 1);
        List<List<IndicatorCell>> expected = new ArrayList<>();
        figures.rows().forEach(row -> expected.add(row.cells()));
        expected.add(figures.total());
        for (int row = 0; row < lines.size(); row++) {
            List<Object> line = lines.get(row);
            assertThat(line.get(0)).isEqualTo(table.lines().get(row).label());
            for (int column = 0; column < figures.periods().size(); column++) {
                Object value = line.get(column + 1);
                IndicatorCell cell = expected.get(row).get(column);
                ShownTable.Cell shown = table.lines().get(row).cells().get(column);
                if (cell.suppressed()) {
                    assertThat(value).isInstanceOf(String.class).isEqualTo(shown.text());
                } else if (value instanceof Number number) {
                    assertThat(figures.indicator().shape()).isEqualTo(Indicator.Shape.COUNT);
                    assertThat(number.doubleValue()).isEqualTo(cell.count().getAsInt());
                } else {
                    assertThat(value).isEqualTo(shown.text());
                }
            }
        }
    }

    @Property(tries = 200)
    void theOpenDataHasEmptyNumbersAndTheFlagForAWithheldCellAndTheFiguresOtherwise(
            @ForAll("tables") FigureTable figures) throws IOException {
        Words words = words(Locale.FRENCH);
        ShownTable table = ShownTable.of(figures, words);
        byte[] bytes = OpenData.csv(table);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setHeader()
                .get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records)
                .hasSize((figures.rows().size() + 1) * figures.periods().size());
        int index = 0;
        List<FigureTable.Row> rows = new ArrayList<>(figures.rows());
        rows.add(new FigureTable.Row("TOTAL", "", figures.total()));
        for (FigureTable.Row row : rows) {
            for (int column = 0; column < figures.periods().size(); column++) {
                CSVRecord record = records.get(index++);
                IndicatorCell cell = row.cells().get(column);
                assertThat(record.get("categorie")).isEqualTo(row.category());
                assertThat(record.get("periode")).isEqualTo(figures.periods().get(column));
                assertThat(record.get("masque")).isEqualTo(Boolean.toString(cell.suppressed()));
                assertThat(record.get("effectif"))
                        .isEqualTo(
                                cell.suppressed()
                                        ? ""
                                        : Integer.toString(cell.count().getAsInt()));
                if (cell.suppressed()) {
                    assertThat(record.get("cohorte")).isEmpty();
                    assertThat(record.get("taux_pourcent")).isEmpty();
                }
            }
        }
        String dictionary = OpenData.dictionary(table, words);
        for (String column : OpenData.COLUMNS) {
            assertThat(dictionary).contains("`" + column + "`");
        }
        assertThat(dictionary).contains(words.text(figures.indicator().key() + ".source"));
    }

    @Property(tries = 200)
    void theSummarySaysTheLatestFigureItsTrendOnlyBetweenShownFiguresAndTheWithheldCount(
            @ForAll("tables") FigureTable figures) {
        Words words = words(Locale.FRENCH);
        ShownTable table = ShownTable.of(figures, words);
        String summary = FigureSummary.text(table, words);
        int last = figures.periods().size() - 1;
        ShownTable.Cell latest = table.total().cells().get(last);
        assertThat(summary)
                .startsWith(
                        latest.withheld()
                                ? words.text(
                                        "observatory.summary.latest.withheld",
                                        table.periods().get(last))
                                : words.text(
                                        "observatory.summary.latest",
                                        table.periods().get(last),
                                        latest.text()));
        if (last > 0) {
            ShownTable.Cell before = table.total().cells().get(last - 1);
            boolean comparable = before.value() != null && latest.value() != null;
            assertThat(summary.contains(words.text(
                            "observatory.summary.no-trend", table.periods().get(last - 1))))
                    .isEqualTo(!comparable);
        }
        long withheld =
                figures.total().stream().filter(IndicatorCell::suppressed).count()
                        + figures.rows().stream()
                                .flatMap(row -> row.cells().stream())
                                .filter(IndicatorCell::suppressed)
                                .count();
        assertThat(summary)
                .endsWith(words.text(
                        "observatory.summary.withheld",
                        (int) withheld,
                        (figures.rows().size() + 1) * figures.periods().size()));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
