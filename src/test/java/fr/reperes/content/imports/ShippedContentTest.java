package fr.reperes.content.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.content.BookKind;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.imports.DefaultContent.Book;
import fr.reperes.content.imports.DefaultContent.Page;
import fr.reperes.content.imports.DefaultContent.Text;
import fr.reperes.content.pages.Pictograms;
import fr.reperes.content.render.PageHtml;
import fr.reperes.shell.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What Repères ships (src/main/resources/content/default/) holds together: every file is a page of a book, every book
 * reads in French and in FALC, the placement livret in English and Arabic, every pictogram and every lexique link a
 * page uses exists, and no acronym reaches a reader without the lexique explaining it.
 */
@IntegrationTest
class ShippedContentTest {

    private static final Pattern PICTO = Pattern.compile("\\]\\(picto:([^)\\s]*)\\)");
    private static final Pattern MOT = Pattern.compile("\\]\\(mot:([^)\\s]*)\\)");
    /** Latin capitals, two or more, possibly followed by digits: what reads as an acronym. */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2,}[0-9]*(?![\\p{L}\\p{N}])");

    /** Books whose every page is written in FALC too. */
    private static final Set<String> FALC_THROUGHOUT = Set.of(
            "RIGHTS", "GLOSSARY", "EVALUATION", "WELCOME_PLACEMENT", "WELCOME_AEMO", "WELCOME_ACCUEIL_PROVISOIRE");

    @Autowired
    DefaultContent defaults;

    @Test
    void everyShippedFileIsAPageTextOfABookAndParses() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Resource[] files = resolver.getResources("classpath*:content/default/*/*");
        long markdown = 0;
        for (Resource file : files) {
            String name = String.valueOf(file.getFilename());
            assertThat(name)
                    .as("a shipped content file")
                    .matches("book\\.properties|\\d+-[A-Za-z0-9_]+\\.(fr|falc|en|ar)\\.md");
            if (name.endsWith(".md")) {
                markdown++;
            }
        }
        long texts = defaults.books().stream()
                .flatMap(book -> book.pages().stream())
                .mapToLong(page -> page.texts().size())
                .sum();
        assertThat(texts).isEqualTo(markdown);
        each((where, text) -> {
            assertThat(text.title()).as(where).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(text.body()).as(where).isNotBlank().hasSizeLessThanOrEqualTo(60_000);
            assertThat(PageHtml.plainText(text.body())).as(where).isNotBlank();
        });
        // Two pages of a book never share a position: the order readers see is the one written.
        assertThat(defaults.books())
                .allSatisfy(book -> assertThat(book.pages().stream()
                                .map(Page::position)
                                .distinct()
                                .count())
                        .as(book.code())
                        .isEqualTo(book.pages().size()));
    }

    @Test
    void everyBookHasAFalcTitleAndEveryPageAFrenchText() {
        assertThat(defaults.books()).allSatisfy(book -> {
            assertThat(book.titles()).as(book.code()).containsKeys(PageLanguage.FR, PageLanguage.FALC);
            assertThat(book.pages())
                    .as(book.code())
                    .isNotEmpty()
                    .allSatisfy(page -> assertThat(page.texts()).as(page.slug()).containsKey(PageLanguage.FR));
        });
        assertThat(defaults.books())
                .extracting(Book::code)
                .contains(
                        "WELCOME_PLACEMENT",
                        "WELCOME_AEMO",
                        "WELCOME_ACCUEIL_PROVISOIRE",
                        "RIGHTS",
                        "EVALUATION",
                        "GLOSSARY");
    }

    @Test
    void everyShippedBookIsInFalcPageForPage() {
        assertThat(defaults.books())
                .filteredOn(book -> FALC_THROUGHOUT.contains(book.code()))
                .hasSize(FALC_THROUGHOUT.size())
                .allSatisfy(book -> assertThat(book.pages())
                        .allSatisfy(page -> assertThat(page.texts())
                                .as(book.code() + "/" + page.slug())
                                .containsKey(PageLanguage.FALC)));
    }

    /**
     * FALC: one idea a sentence, in at most 20 words, and a pictogram on every page but the lexique's (whose
     * definitions open inside other pages' sentences).
     */
    @Test
    void aFalcPageSaysOneThingASentenceShortlyWithPictograms() {
        Pattern sentences = Pattern.compile("(?<=[.!?])\\s+|\\n+");
        for (Book book : defaults.books()) {
            for (Page page : book.pages()) {
                Text falc = page.texts().get(PageLanguage.FALC);
                if (falc == null) {
                    continue;
                }
                String where = book.code() + "/" + page.slug();
                for (String sentence : sentences.split(PageHtml.plainText(falc.body()))) {
                    assertThat(sentence.strip().split("\\s+"))
                            .as(where + ": " + sentence)
                            .hasSizeLessThanOrEqualTo(20);
                }
                if (book.kind() != BookKind.GLOSSARY) {
                    assertThat(all(PICTO, falc.body())).as(where).isNotEmpty();
                }
            }
        }
    }

    /**
     * A term is called by its title: FALC keeps the French word, and an acronym is the same in every language, so
     * that "ASE" in an English or Arabic page still opens its definition, in the reader's language where written.
     */
    @Test
    void aLexiqueTermKeepsItsWordInFalcAndItsAcronymInEveryLanguage() {
        Book glossary = book("GLOSSARY");
        assertThat(glossary.pages()).allSatisfy(page -> {
            String french = page.texts().get(PageLanguage.FR).title();
            assertThat(page.texts().get(PageLanguage.FALC).title())
                    .as(page.slug())
                    .isEqualTo(french);
            if (ACRONYM.matcher(french).matches() || french.chars().allMatch(Character::isDigit)) {
                page.texts()
                        .values()
                        .forEach(
                                text -> assertThat(text.title()).as(page.slug()).isEqualTo(french));
            }
        });
    }

    /** The placement livret first (the brief's minimum), and every other book Repères ships. */
    @Test
    void everyBookIsInEnglishAndArabicPageForPage() {
        assertThat(book("WELCOME_PLACEMENT").pages()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(defaults.books()).allSatisfy(book -> {
            assertThat(book.titles()).as(book.code()).containsKeys(PageLanguage.EN, PageLanguage.AR);
            assertThat(book.pages())
                    .allSatisfy(page -> assertThat(page.texts())
                            .as(book.code() + "/" + page.slug())
                            .containsKeys(PageLanguage.EN, PageLanguage.AR));
        });
        // Arabic is written in Arabic script, not transliterated.
        each((where, text) -> {
            if (where.endsWith(".AR")) {
                assertThat(text.title() + text.body()).as(where).containsPattern("\\p{IsArabic}{3}");
            }
        });
    }

    @Test
    void everyTranslationKeepsTheSectionsListsAndPictogramsOfItsFrenchPage() {
        for (Book book : defaults.books()) {
            for (Page page : book.pages()) {
                String french = page.texts().get(PageLanguage.FR).body();
                for (PageLanguage language : List.of(PageLanguage.EN, PageLanguage.AR)) {
                    Text translation = page.texts().get(language);
                    if (translation == null) {
                        continue;
                    }
                    String where = book.code() + "/" + page.slug() + "." + language;
                    assertThat(sections(translation.body())).as(where).isEqualTo(sections(french));
                    assertThat(all(PICTO, translation.body())).as(where).isEqualTo(all(PICTO, french));
                    assertThat(all(MOT, translation.body())).as(where).isEqualTo(all(MOT, french));
                }
            }
        }
    }

    @Test
    void everyPictogramAPageShowsIsBundledAndListed() {
        Set<String> bundled = Pictograms.names();
        assertThat(bundled).hasSizeBetween(20, 40);
        Set<String> used = new TreeSet<>();
        each((where, text) -> {
            Set<String> names = all(PICTO, text.body());
            assertThat(bundled).as(where).containsAll(names);
            used.addAll(names);
        });
        assertThat(used).isNotEmpty();
    }

    @Test
    void everyBundledPictogramIsASmallSvgWithoutScriptOrOutsideReference() throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        for (String name : Pictograms.names()) {
            try (InputStream in = loader.getResourceAsStream("META-INF/resources/pictograms/" + name + ".svg")) {
                assertThat(in).as(name).isNotNull();
                byte[] bytes = in.readAllBytes();
                String svg = new String(bytes, StandardCharsets.UTF_8);
                assertThat(bytes.length).as(name).isLessThan(10_000);
                assertThat(svg)
                        .as(name)
                        .startsWith("<svg")
                        .doesNotContainIgnoringCase("<script")
                        .doesNotContainIgnoringCase("href")
                        .doesNotContainIgnoringCase("javascript:")
                        .doesNotContainPattern("\\son[a-z]+\\s*=");
            }
        }
        for (String licence : List.of("LICENSE.txt", "ATTRIBUTION.txt")) {
            assertThat(loader.getResource("META-INF/resources/pictograms/" + licence))
                    .as(licence)
                    .isNotNull();
        }
    }

    @Test
    void everyPageRendersWithEachOfItsPictogramsShown() {
        each((where, text) -> {
            String html = PageHtml.render(text.body(), List.of(), Pictograms.names(), "p");
            Matcher links = PICTO.matcher(text.body());
            int pictograms = 0;
            while (links.find()) {
                pictograms++;
            }
            assertThat(html.split("class=\"" + PageHtml.PICTOGRAM_CLASS + "\"", -1))
                    .as(where)
                    .hasSize(pictograms + 1);
        });
    }

    @Test
    void everyLexiqueLinkNamesAPageOfTheShippedLexique() {
        Set<String> keys = book("GLOSSARY").pages().stream().map(Page::slug).collect(Collectors.toSet());
        each((where, text) -> assertThat(keys).as(where).containsAll(all(MOT, text.body())));
    }

    @Test
    void noPageLeavesAnAcronymUnexplained() {
        each((where, text) -> {
            List<String> unexplained = new ArrayList<>();
            Matcher acronyms = ACRONYM.matcher(text.title() + "\n" + PageHtml.plainText(text.body()));
            while (acronyms.find()) {
                if (!Lexicon.explains(acronyms.group())) {
                    unexplained.add(acronyms.group());
                }
            }
            assertThat(unexplained).as(where).isEmpty();
        });
    }

    @Test
    void thePagesOfAWelcomeBookAddressTheirReader() {
        // A young person's page says "tu", a parent's "vous"; a page for all speaks of "l'enfant", never "tu".
        Pattern tu = Pattern.compile("(?i)(?<![\\p{L}-])(tu|ton|ta|tes|toi)(?![\\p{L}])");
        Pattern vous = Pattern.compile("(?i)(?<![\\p{L}-])(vous|votre|vos)(?![\\p{L}])");
        for (Book book : defaults.books()) {
            if (book.kind() != BookKind.WELCOME) {
                continue;
            }
            for (Page page : book.pages()) {
                String french =
                        PageHtml.plainText(page.texts().get(PageLanguage.FR).body());
                String where = book.code() + "/" + page.slug();
                switch (page.audience()) {
                    case YOUNG ->
                        assertThat(french).as(where).containsPattern(tu).doesNotContainPattern(vous);
                    case PARENT ->
                        assertThat(french).as(where).containsPattern(vous).doesNotContainPattern(tu);
                    case ALL -> assertThat(french).as(where).doesNotContainPattern(tu);
                }
            }
        }
    }

    private Book book(String code) {
        return defaults.books().stream()
                .filter(book -> book.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private void each(BiConsumer<String, Text> check) {
        for (Book book : defaults.books()) {
            for (Page page : book.pages()) {
                for (Map.Entry<PageLanguage, Text> text : page.texts().entrySet()) {
                    check.accept(book.code() + "/" + page.slug() + "." + text.getKey(), text.getValue());
                }
            }
        }
    }

    private static Set<String> all(Pattern pattern, String markdown) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(markdown);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** How many sections (## headings) and list items a page has: its shape, the same in every language. */
    private static List<Long> sections(String markdown) {
        return List.of(
                markdown.lines().filter(line -> line.startsWith("## ")).count(),
                markdown.lines().filter(line -> line.startsWith("- ")).count());
    }
}
