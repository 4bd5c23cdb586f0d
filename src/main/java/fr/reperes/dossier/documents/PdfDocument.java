package fr.reperes.dossier.documents;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A printable A4 document with large, plain type (Helvetica 12 pt, headings in bold) and a footer on every page.
 * Texts pass through {@link #clean} so that characters outside the PDF standard font never break a line.
 */
public final class PdfDocument {

    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, FontFactory.defaultEncoding, 18);
    public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, FontFactory.defaultEncoding, 14);
    public static final Font SUBHEADING =
            FontFactory.getFont(FontFactory.HELVETICA_BOLD, FontFactory.defaultEncoding, 12);
    public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, FontFactory.defaultEncoding, 12);
    static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, FontFactory.defaultEncoding, 9);

    private PdfDocument() {}

    /** Writes a document whose body {@code content} fills, with {@code footer} at the bottom of each page. */
    public static byte[] write(String title, Function<Integer, String> footer, Consumer<Document> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pdf, Document doc) {
                ColumnText.showTextAligned(
                        pdf.getDirectContent(),
                        Element.ALIGN_CENTER,
                        new Phrase(clean(footer.apply(pdf.getPageNumber())), SMALL),
                        (doc.left() + doc.right()) / 2,
                        doc.bottom() - 30,
                        0);
            }
        });
        document.addTitle(clean(title));
        document.addCreator("Repères");
        document.open();
        content.accept(document);
        document.close();
        return out.toByteArray();
    }

    public static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(clean(text), font);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setLeading(font.getSize() * 1.4f);
        return paragraph;
    }

    /** Spaces the standard PDF fonts lack (narrow no-break, no-break) become plain spaces. */
    public static String clean(String text) {
        return text == null ? "" : text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
