package fr.reperes.benchmark;

import fr.reperes.IntegrationTest;
import fr.reperes.content.BookKind;
import fr.reperes.content.LivretPdf;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.imports.ContentImport;
import fr.reperes.content.imports.DefaultContent;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rerunnable with {@code ./mvnw -Pbenchmark test -Dtest=LivretPdfBenchmarkTest}: size and server time of a whole
 * livret as PDF, for a parent, in each language the placement livret Repères ships is written in (a département of
 * the benchmark's own, given the default content). Also a book of placement-livret size written here (12 pages of
 * about 1,800 characters, French and Arabic), so that a figure exists whatever is shipped. Results to the console
 * and to target/benchmark-livret-pdf.md.
 */
@Tag("benchmark")
@IntegrationTest
class LivretPdfBenchmarkTest {

    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    @Autowired
    LivretPdf pdfs;

    @Autowired
    DefaultContent defaults;

    @Autowired
    ContentImport content;

    @Autowired
    DossierImport dossier;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws IOException {
        long dep = dossier.departement("B" + UUID.randomUUID().toString().substring(0, 8), "Benchmark des livrets");
        defaults.importInto(dep);
        long parentId = dossier.parents(dep, List.of(new DossierImport.NewParent("Parent", "Benchmark", null, null)))
                .getFirst();
        long account = accounts.create(NewAccount.parent(dep, "Parent Benchmark", parentId))
                .id();
        Viewer parent = new Viewer(account, "bench", "Parent Benchmark", Role.PARENT, dep, null, parentId, null);

        StringBuilder report = new StringBuilder(
                "| book | language | pages | PDF bytes | median ms | p95 ms |\n" + "|---|---|---|---|---|---|\n");
        for (String code : List.of("WELCOME_PLACEMENT", "RIGHTS")) {
            Long book = jdbc.sql("SELECT id FROM content_book WHERE departement_id = :dep AND code = :code")
                    .param("dep", dep)
                    .param("code", code)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (book != null) {
                for (PageLanguage language : PageLanguage.values()) {
                    report.append(row(code + " (shipped)", book, language, parent));
                }
            }
        }
        long synthetic = synthetic(dep);
        report.append(row("12 pages written here", synthetic, PageLanguage.FR, parent));
        report.append(row("12 pages written here", synthetic, PageLanguage.AR, parent));

        // One to look at: the Arabic book, shaped and right to left.
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/livret-ar.pdf"), pdfs.book(parent, synthetic, PageLanguage.AR));
        System.out.println("\n=== Repères livret PDF benchmark ===\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-livret-pdf.md"), report.toString());
    }

    private String row(String what, long bookId, PageLanguage language, Viewer reader) {
        byte[] pdf = new byte[0];
        for (int i = 0; i < WARM_UP; i++) {
            pdf = pdfs.book(reader, bookId, language);
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            pdf = pdfs.book(reader, bookId, language);
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        int pages = jdbc.sql("SELECT COUNT(*) FROM content_page WHERE book_id = :b AND withdrawn_at IS NULL")
                .param("b", bookId)
                .query(Integer.class)
                .single();
        return "| %s | %s | %d | %d | %.1f | %.1f |%n"
                .formatted(what, language, pages, pdf.length, times[RUNS / 2] / 1e6, times[(int) (RUNS * 0.95)] / 1e6);
    }

    private long synthetic(long dep) {
        long book = content.book(
                dep,
                "BENCH_" + UUID.randomUUID().toString().substring(0, 8),
                BookKind.OTHER,
                99,
                Map.of(PageLanguage.FR, "Livret d’accueil : le placement", PageLanguage.AR, "دليل الاستقبال: الإيداع"));
        String french = "Le juge des enfants a décidé que tu vivrais un temps hors de chez toi. Ton référent"
                + " t’accompagne, t’explique les décisions et prépare avec toi ton projet pour l’enfant. ";
        String arabic = "قرر قاضي الأطفال أن تعيش فترة خارج بيتك. يرافقك المرجع ويشرح لك القرارات ويعد معك"
                + " مشروعك الشخصي. ";
        for (int page = 1; page <= 12; page++) {
            long id = content.page(book, "P" + page, page, PageAudience.ALL);
            content.publish(id, PageLanguage.FR, "Page " + page, paragraphs(french), null, null, "Benchmark");
            content.publish(id, PageLanguage.AR, "صفحة " + page, paragraphs(arabic), 1, null, "Benchmark");
        }
        return book;
    }

    /** About 1,800 characters: six paragraphs of two sentences, and a list. */
    private static String paragraphs(String sentence) {
        String paragraph = (sentence + sentence).strip();
        return String.join("\n\n", paragraph, paragraph, paragraph, paragraph, paragraph, paragraph) + "\n\n- "
                + sentence + "\n- " + sentence;
    }
}
