package fr.reperes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.content.imports.ContentImport;
import fr.reperes.content.render.PageHtml;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A book's PDF holds, page after page, the text of the version a reader of that language reads: the latest published
 * version in it, French where the page has none, the pages of the reader's audience only, never a withdrawn page. Its
 * text, read back with PDFBox (Arabic presentation forms folded back to letters by NFKC), equals the versions' text.
 * Every book and reader here is the test's own, in a département of its own.
 */
@IntegrationTest
class LivretPdfTest {

    static final String ARABIC_TITLE = "مرحبا بك";
    static final String ARABIC_BODY =
            "هذا الكتيب يشرح لك الإجراء الذي يخصك.\n\nلك الحق في أن يستمع إليك القاضي، ولك الحق في محام.";

    @Autowired
    LivretPdf pdfs;

    @Autowired
    ContentImport content;

    @Autowired
    DossierImport dossier;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private long dep;
    private long book;
    private Viewer parent;
    private Viewer young;

    @BeforeEach
    void ownBook() {
        dep = dossier.departement("P" + UUID.randomUUID().toString().substring(0, 8), "Département du livret");
        parent = parent(dep);
        young = young(dep);
        book = content.book(
                dep,
                "WELCOME_PLACEMENT",
                BookKind.WELCOME,
                1,
                Map.of(
                        PageLanguage.FR, "Livret d’accueil : le placement",
                        PageLanguage.FALC, "Le placement, facile à lire",
                        PageLanguage.AR, "دليل الاستقبال"));
        long welcome = content.page(book, "WELCOME", 1, PageAudience.ALL);
        content.publish(welcome, PageLanguage.FR, "Bienvenue (ancien)", "Une version **ancienne**.", null, null, "T");
        content.publish(
                welcome,
                PageLanguage.FR,
                "Bienvenue",
                "Ce livret explique **ta mesure**.\n\n- Le juge des enfants décide.\n- La [PPE](mot:PPE) est écrite"
                        + " avec toi.\n\n## Tes droits\n\nTu peux appeler le 119.",
                null,
                null,
                "T");
        content.publish(
                welcome,
                PageLanguage.FALC,
                "Bienvenue",
                "![maison](picto:maison) Tu vis dans un foyer.\n\nC’est pour te protéger.",
                2,
                null,
                "T");
        content.publish(welcome, PageLanguage.AR, ARABIC_TITLE, ARABIC_BODY, 2, null, "T");
        long young = content.page(book, "FOR_YOU", 2, PageAudience.YOUNG);
        content.publish(young, PageLanguage.FR, "Pour toi", "Tu as le droit d’être écouté.", null, null, "T");
        long parents = content.page(book, "FOR_PARENTS", 3, PageAudience.PARENT);
        content.publish(
                parents, PageLanguage.FR, "Pour vous, parents", "Vous gardez l’autorité parentale.", null, null, "T");
        long withdrawn = content.page(book, "OLD", 4, PageAudience.ALL);
        content.publish(withdrawn, PageLanguage.FR, "Page retirée", "Ne doit plus paraître.", null, null, "T");
        jdbc.sql("UPDATE content_page SET withdrawn_at = NOW(6) WHERE id = :id")
                .param("id", withdrawn)
                .update();
    }

    @Test
    void frenchPdfHoldsTheLatestFrenchVersionOfEachPageOfTheReadersAudience() throws IOException {
        assertThat(text(pdfs.book(parent, book, PageLanguage.FR)))
                .isEqualTo(expected(
                        "Livret d’accueil : le placement",
                        "Français",
                        page("Bienvenue", frenchWelcome()),
                        page("Pour vous, parents", "Vous gardez l’autorité parentale.")));
        assertThat(text(pdfs.book(young, book, PageLanguage.FR)))
                .isEqualTo(expected(
                        "Livret d’accueil : le placement",
                        "Français",
                        page("Bienvenue", frenchWelcome()),
                        page("Pour toi", "Tu as le droit d’être écouté.")));
    }

    @Test
    void falcPdfHoldsTheFalcVersionAndFrenchWhereThePageHasNoFalc() throws IOException {
        assertThat(text(pdfs.book(young, book, PageLanguage.FALC)))
                .isEqualTo(expected(
                        "Le placement, facile à lire",
                        "Facile à lire et à comprendre",
                        page("Bienvenue", "![maison](picto:maison) Tu vis dans un foyer.\n\nC’est pour te protéger."),
                        page("Pour toi", "Tu as le droit d’être écouté.")));
    }

    @Test
    void arabicPdfHoldsTheArabicVersionShapedAndRightToLeft() throws IOException {
        byte[] pdf = pdfs.book(parent, book, PageLanguage.AR);
        // Shaped: the glyphs printed are the letters' joined forms (Arabic presentation forms, lam-alef ligatures),
        // which PDFBox's text folds back to letters; as printed, they are what the page shows.
        String glyphs = glyphs(pdf);
        assertThat(glyphs.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
                .isGreaterThan(40);
        assertThat(glyphs).contains("\uFEFB"); // lam-alef, one ligature, in "الاستقبال"
        // Right to left: each Arabic line starts at the right margin (A4 is 595 pt wide, margins 56 pt); the French
        // page that stands in for a missing translation starts at the left one.
        assertThat(lineStarts(pdf, true))
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x).isGreaterThan(530f));
        assertThat(lineStarts(pdf, false))
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x).isLessThan(60f));
        assertThat(text(pdf))
                .isEqualTo(expected(
                        "دليل الاستقبال",
                        "العربية",
                        page(ARABIC_TITLE, ARABIC_BODY),
                        page("Pour vous, parents", "Vous gardez l’autorité parentale.")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
        }
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void anotherDepartementsReaderIsRefusedAsForAnIdThatNamesNothing(PageLanguage language) {
        long otherDep = dossier.departement("Q" + UUID.randomUUID().toString().substring(0, 8), "Autre département");
        Viewer stranger = parent(otherDep);
        Viewer lina = TestSignIn.viewer(context, "lina");
        Viewer admin = TestSignIn.viewer(context, "admin");
        for (Viewer reader : List.of(stranger, lina, admin)) {
            assertThatThrownBy(() -> pdfs.book(reader, book, language)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> pdfs.book(reader, Long.MAX_VALUE, language))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> pdfs.book(reader, "NO_SUCH_BOOK", language))
                    .isInstanceOf(AccessRefusedException.class);
        }
        // By code, a reader gets their own département's book, never this one.
        assertThatThrownBy(() -> pdfs.book(stranger, "WELCOME_PLACEMENT", language))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(text(pdfs.book(parent, "WELCOME_PLACEMENT", language))).isNotBlank();
        Viewer withoutAccount = Viewer.withoutAccount("nobody", "Personne");
        assertThatThrownBy(() -> pdfs.book(withoutAccount, book, language)).isInstanceOf(AccessRefusedException.class);
    }

    private String frenchWelcome() {
        return "Ce livret explique **ta mesure**.\n\n- Le juge des enfants décide.\n- La [PPE](mot:PPE) est écrite"
                + " avec toi.\n\n## Tes droits\n\nTu peux appeler le 119.";
    }

    private static String page(String title, String markdown) {
        return title + "\n" + PageHtml.plainText(markdown);
    }

    private static String expected(String title, String language, String... pages) {
        return normalise(title + "\n" + language + "\n" + String.join("\n", pages));
    }

    static String text(byte[] pdf) {
        try {
            return normalise(raw(pdf));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The characters of the glyphs as printed, before PDFBox folds or reorders them. */
    static String glyphs(byte[] pdf) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return glyphs.toString();
    }

    /**
     * Where each line of Arabic (or of Latin) text starts: its rightmost glyph's right edge for Arabic, its leftmost
     * glyph's left edge otherwise.
     */
    static List<Float> lineStarts(byte[] pdf, boolean arabic) throws IOException {
        List<Float> starts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                boolean isArabic = positions.stream()
                        .anyMatch(p -> Character.UnicodeScript.of(p.getUnicode().codePointAt(0))
                                == Character.UnicodeScript.ARABIC);
                if (isArabic == arabic
                        && positions.stream()
                                .anyMatch(p -> Character.isLetter(p.getUnicode().codePointAt(0)))) {
                    starts.add(
                            arabic
                                    ? (float) positions.stream()
                                            .mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj())
                                            .max()
                                            .orElse(0)
                                    : (float) positions.stream()
                                            .mapToDouble(TextPosition::getXDirAdj)
                                            .min()
                                            .orElse(0));
                }
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return starts;
    }

    static String raw(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Presentation forms folded back to letters, every run of white space one space. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private Viewer parent(long departementId) {
        long parentId = dossier.parents(
                        departementId,
                        List.of(new DossierImport.NewParent("Parent", "Livret " + UUID.randomUUID(), null, null)))
                .getFirst();
        long account = accounts.create(NewAccount.parent(departementId, "Parent Livret", parentId))
                .id();
        return new Viewer(
                account,
                "livret-" + UUID.randomUUID(),
                "Parent Livret",
                Role.PARENT,
                departementId,
                null,
                parentId,
                null);
    }

    private Viewer young(long departementId) {
        long territory = dossier.territory(departementId, "Territoire");
        long youngPersonId = dossier.youngPeople(
                        departementId,
                        List.of(new DossierImport.NewYoungPerson(
                                territory,
                                "Jeune",
                                "Livret " + UUID.randomUUID(),
                                LocalDate.of(2012, 3, 1),
                                null,
                                false)))
                .getFirst();
        long account = accounts.create(NewAccount.youngPerson(departementId, "Jeune Livret", youngPersonId))
                .id();
        return new Viewer(
                account,
                "livret-" + UUID.randomUUID(),
                "Jeune Livret",
                Role.JEUNE,
                departementId,
                youngPersonId,
                null,
                null);
    }
}
