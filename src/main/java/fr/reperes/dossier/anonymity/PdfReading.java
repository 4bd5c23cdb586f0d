package fr.reperes.dossier.anonymity;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * Everything a reader of a PDF can see, read with PDFBox: the text of each page, the metadata (title, author,
 * subject, keywords, XMP), annotations, form fields and bookmarks. A page that shows any image cannot be read: even a
 * small one (a stamp, a pasted letterhead) can carry the address, and what it shows cannot be checked. Nor can a page
 * whose glyphs map to no character, nor a PDF that is encrypted, damaged or carries attached files.
 */
public final class PdfReading {

    private final Map<String, String> texts;
    private final @Nullable String unreadable;

    private PdfReading(Map<String, String> texts, @Nullable String unreadable) {
        this.texts = texts;
        this.unreadable = unreadable;
    }

    /** Every text of the PDF, by where it was found ("page.2", "metadata.author", "annotation.1.3"...). */
    public Map<String, String> texts() {
        return texts;
    }

    /** Why some of it cannot be read (for the log, never shown), or null when all of it can. */
    @Nullable String unreadable() {
        return unreadable;
    }

    public boolean readable() {
        return unreadable == null;
    }

    public static PdfReading of(byte[] content) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return new PdfReading(texts, "encrypted");
            }
            metadata(document, texts);
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            if (names != null && names.getEmbeddedFiles() != null) {
                return new PdfReading(texts, "attached files");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            String unreadable = null;
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                PDPage page = document.getPage(number - 1);
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String text = stripper.getText(document);
                texts.put("page." + number, text);
                ImageArea images = new ImageArea(page);
                images.processPage(page);
                int annotation = 0;
                for (PDAnnotation each : page.getAnnotations()) {
                    annotation++;
                    annotation(each, "annotation." + number + "." + annotation, texts);
                    images.showAnnotation(each);
                }
                if (unreadable == null && images.count > 0) {
                    unreadable = "page " + number + " shows an image";
                }
                if (unreadable == null && text.indexOf('\uFFFD') >= 0) {
                    unreadable = "page " + number + " has glyphs that map to no character";
                }
            }
            form(document, texts);
            outline(document.getDocumentCatalog().getDocumentOutline(), "outline", texts, 0);
            return new PdfReading(texts, unreadable);
        } catch (IOException | RuntimeException damaged) {
            return new PdfReading(
                    texts, "cannot be parsed: " + damaged.getClass().getSimpleName());
        }
    }

    private static void metadata(PDDocument document, Map<String, String> texts) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        for (String key : info.getMetadataKeys()) {
            String value = info.getCustomMetadataValue(key);
            if (value != null) {
                texts.put("metadata." + key, value);
            }
        }
        PDMetadata xmp = document.getDocumentCatalog().getMetadata();
        if (xmp != null) {
            texts.put("metadata.xmp", new String(xmp.toByteArray(), StandardCharsets.UTF_8));
        }
    }

    private static void annotation(PDAnnotation annotation, String where, Map<String, String> texts) {
        put(texts, where + ".contents", annotation.getContents());
        if (annotation instanceof PDAnnotationMarkup markup) {
            put(texts, where + ".title", markup.getTitlePopup());
            put(texts, where + ".subject", markup.getSubject());
            put(texts, where + ".rich", markup.getRichContents());
        }
        if (annotation instanceof PDAnnotationLink link) {
            PDAction action = link.getAction();
            if (action instanceof PDActionURI uri) {
                put(texts, where + ".uri", uri.getURI());
            }
        }
    }

    private static void form(PDDocument document, Map<String, String> texts) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFieldTree()) {
            put(texts, "form." + field.getFullyQualifiedName(), field.getValueAsString());
        }
    }

    private static void outline(PDOutlineNode node, String where, Map<String, String> texts, int depth) {
        if (node == null || depth > 20) {
            return;
        }
        int index = 0;
        for (PDOutlineItem item : node.children()) {
            index++;
            put(texts, where + "." + index, item.getTitle());
            outline(item, where + "." + index, texts, depth + 1);
        }
    }

    private static void put(Map<String, String> texts, String where, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(where, text);
        }
    }

    /** Counts the images a page (and its annotations) paints. */
    private static final class ImageArea extends PDFGraphicsStreamEngine {

        private int count;

        ImageArea(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage image) {
            count++;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {}

        @Override
        public void lineTo(float x, float y) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {}

        @Override
        public void strokePath() {}

        @Override
        public void fillPath(int windingRule) {}

        @Override
        public void fillAndStrokePath(int windingRule) {}

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}
