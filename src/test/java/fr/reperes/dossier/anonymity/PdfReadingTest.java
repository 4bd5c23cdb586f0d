package fr.reperes.dossier.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.dossier.AnonymityGuard;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PDF shared with parents under an anonymity order, tried every way the placement can hide in it: the text of a
 * later page, the metadata, an annotation, a scanned page, a mix of text and scan.
 */
class PdfReadingTest {

    private static final PlacementSecrets SECRETS = PlacementSecrets.builder()
            .name("Famille Dumont")
            .address("4 impasse des Mouettes, 62930 Wimereux")
            .phone("06 00 00 40 00")
            .build();
    private static final String ORDINARY = "Compte rendu de la synthèse. Léo progresse en lecture avec le soutien de "
            + "l’école. Les visites médiatisées continuent deux fois par mois au service. La prochaine synthèse aura "
            + "lieu au printemps, avec sa mère et la référente.";

    private static Optional<String> refusal(byte[] pdf) {
        return AnonymityGuard.pdfRefusal(SECRETS, pdf);
    }

    @Test
    void aReadableTextPdfThatNamesNothingMayBeShared() {
        assertThat(refusal(pdf(d -> d.add(new Paragraph(ORDINARY)), null))).isEmpty();
    }

    @Test
    void theSecretOnPageTwoIsFound() {
        assertThat(refusal(pdf(
                        d -> {
                            d.add(new Paragraph(ORDINARY));
                            d.newPage();
                            d.add(new Paragraph("Adresse : 4 IMPASSE DES MOUETTES, WIMEREUX"));
                        },
                        null)))
                .contains(AnonymityGuard.PDF_LEAK);
        assertThat(refusal(pdf(
                        d -> {
                            d.add(new Paragraph(ORDINARY));
                            d.newPage();
                            d.add(new Paragraph("Joindre la famille au 06-00-00-40-00."));
                        },
                        null)))
                .contains(AnonymityGuard.PDF_LEAK);
    }

    @Test
    void theSecretInTheMetadataIsFound() {
        for (Consumer<Document> metadata : List.<Consumer<Document>>of(
                d -> d.addTitle("Chez les Dumont"),
                d -> d.addAuthor("Famille Dumont"),
                d -> d.addSubject("Placement à Wimereux"),
                d -> d.addKeywords("mouettes, wimereux"))) {
            assertThat(refusal(pdf(d -> d.add(new Paragraph(ORDINARY)), metadata)))
                    .contains(AnonymityGuard.PDF_LEAK);
        }
    }

    @Test
    void theSecretInAnAnnotationIsFound() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(ORDINARY));
        writer.addAnnotation(PdfAnnotation.createText(
                writer, new Rectangle(100, 700, 130, 730), "Note", "Léo vit impasse des Mouettes", false, "Comment"));
        document.close();
        assertThat(refusal(out.toByteArray())).contains(AnonymityGuard.PDF_LEAK);
    }

    @Test
    void aScannedPageCannotBeReadSoItIsNotShared() {
        assertThat(refusal(pdf(d -> d.add(scan()), null))).contains(AnonymityGuard.PDF_UNREADABLE);
    }

    @Test
    void aMixedPdfWithOneScannedPageIsNotShared() {
        assertThat(refusal(pdf(
                        d -> {
                            d.add(new Paragraph(ORDINARY));
                            d.newPage();
                            d.add(new Paragraph("Annexe"));
                            d.add(scan());
                        },
                        null)))
                .contains(AnonymityGuard.PDF_UNREADABLE);
    }

    @Test
    void aDamagedPdfIsNotShared() {
        assertThat(refusal("%PDF-1.4 not really".getBytes())).contains(AnonymityGuard.PDF_UNREADABLE);
    }

    @Test
    void aSmallImageAboveAFullPageOfTextIsNotSharedEither() {
        // The "logo" carries the address: a stamp or a pasted letterhead cannot be read, whatever its size.
        assertThat(refusal(pdf(
                        d -> {
                            Image logo = scan();
                            logo.scaleAbsolute(40, 40);
                            d.add(logo);
                            d.add(new Paragraph(ORDINARY));
                        },
                        null)))
                .contains(AnonymityGuard.PDF_UNREADABLE);
    }

    private static Image scan() {
        try {
            BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 800);
            g.setColor(Color.BLACK);
            g.drawString("4 impasse des Mouettes", 50, 100);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            Image scan = Image.getInstance(png.toByteArray());
            scan.scaleToFit(PageSize.A4.getWidth() - 80, PageSize.A4.getHeight() - 120);
            return scan;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf(Consumer<Document> content, Consumer<Document> metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        if (metadata != null) {
            metadata.accept(document);
        }
        document.open();
        content.accept(document);
        document.close();
        return out.toByteArray();
    }
}
