package fr.reperes.participation.surveys.results;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A question's horizontal bar chart as SVG, from its {@link ResultsTable}: one bar per answer (all groups together);
 * a withheld count has no bar and its label says "masqué", so that nobody reads an absent bar as 0.
 */
final class ResultsChart {

    private static final int WIDTH = 640;
    private static final int BAR = 34;

    private ResultsChart() {}

    static String svg(ResultsTable table, ResultsTable.Words words) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = words.text("survey.results.table.count");
        for (ResultsTable.Row row : table.rows()) {
            Integer value = table.total(row);
            String label = value == null ? words.text("survey.results.chart.withheld", row.label()) : row.label();
            data.addValue(value, series, label);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data);
        chart.removeLegend();
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xB0B0B0));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        // Dark enough for 3:1 against white (WCAG non-text contrast).
        renderer.setSeriesPaint(0, new Color(0x1F5FA8));
        int height = 60 + BAR * Math.max(1, table.rows().size());
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        return graphics.getSVGElement();
    }

    /** The SVG as a data: URL for an image (the page's CSP allows data: images). */
    static String dataUrl(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
