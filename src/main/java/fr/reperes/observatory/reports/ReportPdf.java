package fr.reperes.observatory.reports;

import fr.reperes.observatory.charts.FigureChart;
import fr.reperes.observatory.shown.Definition;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The yearly report as an A4 PDF (OpenPDF): its title, the département's introduction, then one indicator a page or
 * more, each with its definition, and for each breakdown its summary, its charts (drawn by the very JFreeChart
 * charts of the page onto the PDF, {@link FigureChart}, the text as outlines so that the only words of the file are
 * the report's own), the withheld legend and its table in the page's words, columns by groups of at most
 * {@link #PERIODS_PER_TABLE} periods so that it fits the page's width, each group repeating the row headers. The type
 * is DejaVu Sans, embedded (bundled under src/main/resources/fonts/ with its licence); the document says its language
 * and title.
 */
public final class ReportPdf {

    /** The most periods a printed table has side by side; a month table prints as three. */
    public static final int PERIODS_PER_TABLE = 4;

    private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");
    private static final Font TITLE = new Font(BOLD, 20);
    private static final Font HEADING = new Font(BOLD, 15);
    private static final Font SUBHEADING = new Font(BOLD, 11.5f);
    private static final Font BODY = new Font(REGULAR, 10);
    private static final Font TERM = new Font(BOLD, 10);
    private static final Font CELL = new Font(REGULAR, 8);
    private static final Font CELL_HEAD = new Font(BOLD, 8);
    private static final float MARGIN = 50;

    private ReportPdf() {}

    public static byte[] write(ReportContent report, Words words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(report.title());
        document.addSubject(report.subtitle());
        document.addCreator("Repères");
        // The document's language, for screen readers and reading tools.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.language()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.open();
        document.add(paragraph(report.title(), TITLE, 0));
        document.add(paragraph(report.subtitle(), BODY, 6));
        if (!report.introduction().isBlank()) {
            document.add(paragraph(words.text("observatory.report.introduction"), HEADING, 18));
            text(document, report.introduction());
        }
        for (ReportContent.Section section : report.sections()) {
            document.newPage();
            document.add(paragraph(section.title(), HEADING, 0));
            document.add(paragraph(words.text("observatory.definition"), SUBHEADING, 8));
            for (Definition.Entry entry : section.definition()) {
                Paragraph term = new Paragraph();
                // Its spacing is a space in its own font: DejaVu too, never an unembedded default.
                term.setFont(BODY);
                term.add(new Chunk(entry.term() + " : ", TERM));
                term.add(new Chunk(clean(entry.description()), BODY));
                term.setSpacingBefore(3);
                document.add(term);
            }
            for (ReportContent.Part part : section.parts()) {
                part(document, writer, part, words);
            }
            document.add(paragraph(words.text("observatory.report.comment"), SUBHEADING, 14));
            text(
                    document,
                    section.comment().isBlank() ? words.text("observatory.report.comment.none") : section.comment());
        }
        document.close();
        return out.toByteArray();
    }

    private static void part(Document document, PdfWriter writer, ReportContent.Part part, Words words) {
        ShownTable table = part.table();
        document.add(paragraph(table.caption(), SUBHEADING, 14));
        document.add(paragraph(part.summary(), BODY, 4));
        float width = document.right() - document.left();
        if (part.hasTotalChart()) {
            document.add(chart(
                    writer,
                    FigureChart.totalChart(table, words),
                    FigureChart.TOTAL_HEIGHT,
                    width,
                    words.text("observatory.chart.total.heading") + ". " + part.summary()));
        }
        if (part.hasCategoriesChart()) {
            document.add(chart(
                    writer,
                    FigureChart.categoriesChart(table, part.lastPeriod(), words),
                    FigureChart.categoriesHeight(table),
                    width,
                    words.text(
                                    "observatory.chart.categories.heading",
                                    table.periods().get(part.lastPeriod()))
                            + ". " + part.categoriesText()));
        }
        document.add(paragraph(table.withheldLegend(), BODY, 6));
        for (int[] group : columnGroups(table.periods().size())) {
            document.add(table(table, group[0], group[1]));
        }
    }

    /**
     * The periods of a table split in groups of at most {@link #PERIODS_PER_TABLE}, as even as can be: each
     * {@code {from, to}}, {@code to} excluded. None for a table without a period.
     */
    public static List<int[]> columnGroups(int periods) {
        List<int[]> groups = new ArrayList<>();
        if (periods == 0) {
            return groups;
        }
        int count = (periods + PERIODS_PER_TABLE - 1) / PERIODS_PER_TABLE;
        int from = 0;
        for (int g = 0; g < count; g++) {
            int size = periods / count + (g < periods % count ? 1 : 0);
            groups.add(new int[] {from, from + size});
            from += size;
        }
        return groups;
    }

    /** The columns {@code from} to {@code to} (excluded) of the table, its row headers first, kept on one page. */
    private static PdfPTable table(ShownTable shown, int from, int to) {
        PdfPTable table = new PdfPTable(1 + to - from);
        table.setWidthPercentage(100);
        float[] widths = new float[1 + to - from];
        widths[0] = 1.3f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setKeepTogether(true);
        table.setSpacingBefore(8);
        table.addCell(cell(shown.header().getFirst(), CELL_HEAD, true));
        for (int column = from; column < to; column++) {
            table.addCell(cell(shown.periods().get(column), CELL_HEAD, true));
        }
        for (ShownTable.Row row : shown.lines()) {
            table.addCell(cell(row.label(), CELL_HEAD, false));
            for (int column = from; column < to; column++) {
                ShownTable.Cell value = row.cells().get(column);
                table.addCell(cell(value.text(), value.withheld() ? new Font(REGULAR, 8, Font.ITALIC) : CELL, false));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean head) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(text), font));
        cell.setPadding(3);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(new Color(0x9A9A9A));
        if (head) {
            cell.setBackgroundColor(new Color(0xEDEFF2));
        }
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    /** A chart drawn at its page size, as outlines, scaled to the text's width, with its text alternative. */
    private static Image chart(PdfWriter writer, JFreeChart chart, int height, float width, String alternative) {
        PdfTemplate template = writer.getDirectContent().createTemplate(FigureChart.WIDTH, height);
        Graphics2D graphics = template.createGraphicsShapes(FigureChart.WIDTH, height);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, FigureChart.WIDTH, height));
        } finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(template);
        image.scaleToFit(width, height * width / FigureChart.WIDTH);
        image.setAlt(clean(alternative));
        image.setSpacingBefore(8);
        image.setBorder(Rectangle.NO_BORDER);
        return image;
    }

    private static void text(Document document, String text) {
        for (String block : text.split("\n")) {
            if (!block.isBlank()) {
                document.add(paragraph(block.strip(), BODY, 4));
            }
        }
    }

    private static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(clean(text), font);
        paragraph.setLeading(font.getSize() * 1.4f);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    /** French numbers' narrow no-break space printed as a no-break space, which every reader's font has. */
    private static String clean(String text) {
        return text.replace('\u202f', '\u00a0');
    }

    private static BaseFont font(String resource) {
        try (InputStream in = Objects.requireNonNull(
                ReportPdf.class.getClassLoader().getResourceAsStream(resource), resource + " is bundled")) {
            return BaseFont.createFont(
                    resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
