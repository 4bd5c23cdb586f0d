package fr.reperes.observatory.charts;

import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The charts of a {@link ShownTable}, drawn by JFreeChart as SVG (JFreeSVG): the total over the periods as a line, or
 * the categories of one period as bars. A withheld figure is a gap, never a zero: no point and no bar, a dashed mark
 * across its place labelled "masqué", the category's label saying it too, and a legend under the chart. The SVG is an
 * image ({@code role="img"}) named by its {@code <title>} and described by its {@code <desc>} (the summary in words);
 * it has a viewBox and no fixed size, so that it scales to its box down to 360 px.
 */
public final class FigureChart {

    /** Dark enough for 3:1 against white (WCAG non-text contrast). */
    static final Color INK = new Color(0x1F5FA8);

    static final Color WITHHELD = new Color(0x5A5A5A);
    /** The width every chart is drawn at (an SVG scales from it; the PDF draws at it, then scales). */
    public static final int WIDTH = 640;

    /** The height of the total's line. */
    public static final int TOTAL_HEIGHT = 400;

    private FigureChart() {}

    /**
     * A category of a chart: its place (labels may repeat, two territories may share a name) and what the axis says.
     */
    public record Key(int index, String label) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The total's figures over the periods: one value per period, null where withheld (or nothing to draw). */
    public static DefaultCategoryDataset totalOverPeriods(ShownTable table, Words words) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<ShownTable.Cell> cells = table.total().cells();
        for (int column = 0; column < cells.size(); column++) {
            ShownTable.Cell cell = cells.get(column);
            data.addValue(
                    cell.value(),
                    table.total().label(),
                    key(column, table.periods().get(column), cell, words));
        }
        return data;
    }

    /** The categories' figures of one period (the table's column {@code column}), null where withheld. */
    public static DefaultCategoryDataset categoriesOf(ShownTable table, int column, Words words) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int row = 0; row < table.rows().size(); row++) {
            ShownTable.Row line = table.rows().get(row);
            ShownTable.Cell cell = line.cells().get(column);
            data.addValue(cell.value(), table.periods().get(column), key(row, line.label(), cell, words));
        }
        return data;
    }

    private static Key key(int index, String label, ShownTable.Cell cell, Words words) {
        return new Key(index, cell.value() == null ? words.text("observatory.chart.withheld-label", label) : label);
    }

    /** The line of the total over the periods, as accessible SVG. */
    public static String totalSvg(ShownTable table, String description, Words words) {
        return totalSvg(table, description, words, "chart");
    }

    /**
     * {@link #totalSvg(ShownTable, String, Words)} with the ids of its title and description starting with {@code id}:
     * several charts inline in one document (the yearly report's HTML) each name their own.
     */
    public static String totalSvg(ShownTable table, String description, Words words, String id) {
        return svg(
                totalChart(table, words),
                TOTAL_HEIGHT,
                title(table, words, table.total().label()),
                description,
                id);
    }

    /** The chart of the total over the periods, styled as the page shows it: for any Graphics2D (the report's PDF). */
    public static JFreeChart totalChart(ShownTable table, Words words) {
        DefaultCategoryDataset data = totalOverPeriods(table, words);
        JFreeChart chart = ChartFactory.createLineChart(null, null, axisLabel(table, words), data);
        chart.removeLegend();
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        // Points as well as lines: a figure between two gaps still shows.
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, INK);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        style(chart, data, table, words);
        return chart;
    }

    /** The bars of the categories for one period, as accessible SVG. */
    public static String categoriesSvg(ShownTable table, int column, String description, Words words) {
        return categoriesSvg(table, column, description, words, "chart");
    }

    /** {@link #categoriesSvg(ShownTable, int, String, Words)} with its own ids (see {@link #totalSvg}). */
    public static String categoriesSvg(ShownTable table, int column, String description, Words words, String id) {
        return svg(
                categoriesChart(table, column, words),
                categoriesHeight(table),
                title(table, words, table.periods().get(column)),
                description,
                id);
    }

    /** The chart of the categories for one period, styled as the page shows it. */
    public static JFreeChart categoriesChart(ShownTable table, int column, Words words) {
        DefaultCategoryDataset data = categoriesOf(table, column, words);
        JFreeChart chart = ChartFactory.createBarChart(null, null, axisLabel(table, words), data);
        chart.removeLegend();
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, INK);
        style(chart, data, table, words);
        return chart;
    }

    /** The height the bars of {@code table} are drawn at, for a width of {@link #WIDTH}. */
    public static int categoriesHeight(ShownTable table) {
        return 90 + 34 * Math.max(1, table.rows().size());
    }

    private static String title(ShownTable table, Words words, String what) {
        return words.text("observatory.chart.title", table.caption(), what);
    }

    private static String axisLabel(ShownTable table, Words words) {
        return words.text(
                table.indicator().shape() == Indicator.Shape.SHARE
                        ? "observatory.chart.axis.percent"
                        : "observatory.chart.axis.people");
    }

    private static void style(JFreeChart chart, DefaultCategoryDataset data, ShownTable table, Words words) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xB0B0B0));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        if (table.indicator().shape() == Indicator.Shape.SHARE) {
            range.setRange(0, 100);
        } else {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        boolean gaps = false;
        for (int column = 0; column < data.getColumnCount(); column++) {
            if (data.getValue(0, column) == null) {
                gaps = true;
                CategoryMarker mark = new CategoryMarker(
                        data.getColumnKey(column),
                        WITHHELD,
                        new BasicStroke(
                                1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                mark.setDrawAsLine(true);
                mark.setLabel(words.text("observatory.chart.withheld"));
                mark.setLabelFont(new Font(Font.SANS_SERIF, Font.ITALIC, 12));
                mark.setLabelPaint(WITHHELD);
                mark.setLabelAnchor(RectangleAnchor.TOP);
                mark.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                plot.addDomainMarker(mark, Layer.FOREGROUND);
            }
        }
        if (gaps) {
            TextTitle legend = new TextTitle(words.text("observatory.chart.legend"));
            legend.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            legend.setPaint(WITHHELD);
            legend.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(legend);
        }
    }

    private static String svg(JFreeChart chart, int height, String title, String description, String id) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        String svg = graphics.getSVGElement(
                null, false, new ViewBox(0, 0, WIDTH, height), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        return accessible(svg, title, description, id);
    }

    /** The chart as one image for assistive technologies: its role, its name and its description first inside. */
    static String accessible(String svg, String title, String description) {
        return accessible(svg, title, description, "chart");
    }

    static String accessible(String svg, String title, String description, String id) {
        int open = svg.indexOf("<svg");
        int end = svg.indexOf('>', open);
        String tag = svg.substring(open, end);
        String rest = svg.substring(end + 1);
        return svg.substring(0, open)
                + tag
                + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + xml(title) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + xml(description) + "</desc>"
                + rest;
    }

    public static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The SVG as a data: URL for an image (the page's CSP allows data: images). */
    public static String dataUrl(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
