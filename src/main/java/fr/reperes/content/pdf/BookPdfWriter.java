package fr.reperes.content.pdf;

import fr.reperes.content.PageLanguage;
import fr.reperes.content.render.PageHtml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A book as a printable A4 PDF for paper and for interpreters: a title page (the book's title and the language's own
 * name), then each page's title and text ({@link PageHtml#plainText}: pictograms and term definitions left out), one
 * paragraph per block. The type is DejaVu Sans (bundled under src/main/resources/fonts/ with its licence, embedded as
 * a subset) so that French, English and Arabic all print; Arabic is shaped (letters joined, lam-alef ligatures) and
 * laid out right to left by OpenPDF's bidirectional line breaking.
 */
public final class BookPdfWriter {

    private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private BookPdfWriter() {}

    /** One page of the book as printed: the version chosen for the reader. */
    public record Page(String title, String markdown, PageLanguage language) {}

    public static byte[] write(String bookTitle, PageLanguage language, String languageName, List<Page> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setRunDirection(language.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        document.addTitle(bookTitle);
        // The document's language, for screen readers and for the interpreter's tools.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.languageTag()));
        document.addCreator("Repères");
        document.open();
        Font title = new Font(BOLD, 24);
        Font heading = new Font(BOLD, 16);
        Font body = new Font(REGULAR, 12);
        PdfPTable cover = column(language);
        cover.addCell(cell(bookTitle, title, language, 200));
        cover.addCell(cell(languageName, body, language, 12));
        document.add(cover);
        for (Page page : pages) {
            document.newPage();
            // A page read in French for want of a translation is laid out as French, even in an Arabic book.
            PdfPTable column = column(page.language());
            column.addCell(cell(page.title(), heading, page.language(), 0));
            for (String block : PageHtml.plainText(page.markdown()).split("\n")) {
                if (!block.isBlank()) {
                    column.addCell(cell(block.strip(), body, page.language(), 6));
                }
            }
            document.add(column);
        }
        document.close();
        return out.toByteArray();
    }

    /** The full width of the page, one row a block, rows breaking across pages as text does. */
    private static PdfPTable column(PageLanguage language) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSplitRows(true);
        table.setRunDirection(language.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        return table;
    }

    private static PdfPCell cell(String text, Font font, PageLanguage language, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text.replace('\u202f', ' ').replace('\u00a0', ' '), font);
        paragraph.setLeading(font.getSize() * 1.4f);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(spacingBefore);
        cell.setPaddingBottom(2);
        cell.setRunDirection(language.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.addElement(paragraph);
        return cell;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = Objects.requireNonNull(
                BookPdfWriter.class.getClassLoader().getResourceAsStream(resource), resource + " is bundled")) {
            return BaseFont.createFont(
                    resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
