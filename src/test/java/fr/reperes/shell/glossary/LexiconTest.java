package fr.reperes.shell.glossary;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.Lexicon;
import fr.reperes.shell.LexiconSource;
import fr.reperes.shell.LexiconWord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every acronym and word of the trade a page shows has its lexique entry, and is explained on the page itself
 * ("Les mots de cette page"), for the young people, a parent and a référente, and in every text of the bundle.
 */
class LexiconTest extends KaribuTest {

    /**
     * Capitals that are not words of the trade: file formats and encodings, the invitation code's example letters,
     * and the codes the observatory's open-data dictionary defines (date patterns, granularities, the total's row).
     */
    private static final Set<String> NOT_TRADE = Set.of(
            "PDF", "CSV", "ODS", "HTML", "UTF", "ABCD", "EFGH", "JKMN", "AAAA", "MM", "MONTH", "QUARTER", "YEAR",
            "TOTAL");

    /** The words of the trade the issue lists: each must call for an entry wherever it is written. */
    private static final List<String> TRADE_WORDS = List.of(
            "CAP",
            "CMP",
            "CMPP",
            "FJT",
            "CPAM",
            "CAF",
            "CLLAJ",
            "ADEPAPE",
            "pécule",
            "assistant familial",
            "assistante familiale",
            "assistants familiaux",
            "AEMO",
            "OPP",
            "MECS",
            "PPE",
            "ASE",
            "MDPH",
            "JAF",
            "MJIE",
            "TDC",
            "DAP",
            "AED",
            "ODPE",
            "mission locale",
            "missions locales",
            "garantie jeunes",
            "CEJ",
            "APL",
            "RSA",
            "contrat jeune majeur");

    private static final Pattern ACRONYM =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}])");

    private static Set<String> acronyms(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ACRONYM.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.removeAll(NOT_TRADE);
        return found;
    }

    /** The demo département's lexique as the explanations under a page read it (its GLOSSARY book, in French). */
    private Map<String, LexiconWord> lexicon() {
        Map<String, LexiconWord> words = new TreeMap<>();
        context.getBeansOfType(LexiconSource.class)
                .values()
                .forEach(source -> words.putAll(source.words(TestSignIn.viewer(context, "claire"))));
        return words;
    }

    @Test
    void everyListedWordOfTheTradeHasAnEntryWithATermAndADefinition() {
        for (String word : TRADE_WORDS) {
            assertThat(Lexicon.calledBy(word)).as(word).isNotEmpty();
        }
        Map<String, LexiconWord> lexicon = lexicon();
        for (Lexicon.Entry entry : Lexicon.ENTRIES) {
            assertThat(lexicon).as(entry.key()).containsKey(entry.key());
            assertThat(lexicon.get(entry.key()).term()).as(entry.key()).isNotBlank();
            assertThat(lexicon.get(entry.key()).definition()).as(entry.key()).isNotBlank();
        }
    }

    /** The definitions are shown under the pages of every reader: they address nobody ("rendez-vous" is no "vous"). */
    @Test
    void theDefinitionsAddressNoReader() {
        Pattern address = Pattern.compile(
                "(?<![\\p{L}-])(tu|toi|te|t’|ton|ta|tes|vous|votre|vos)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        for (LexiconWord word : lexicon().values()) {
            assertThat(address.matcher(word.definition()).find())
                    .as(word.definition())
                    .isFalse();
        }
    }

    @Test
    void everyAcronymOfTheBundleHasAnEntry() throws IOException {
        Properties french = bundle("/i18n/messages.properties");
        Map<String, String> unexplained = new TreeMap<>();
        french.forEach((key, value) -> acronyms(value.toString()).stream()
                .filter(token -> !Lexicon.explains(token))
                .forEach(token -> unexplained.put(token, key.toString())));
        assertThat(unexplained).isEmpty();
    }

    @Test
    void everyPageExplainsTheAcronymsAndWordsOfTheTradeItShows() {
        Map<String, List<String>> locations = new TreeMap<>();
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        long mehdi = TestSignIn.viewer(context, "mehdi").youngPersonId();
        Map<String, String> unexplained = new TreeMap<>();
        Map<String, String> notOnThePage = new TreeMap<>();
        int pages = 0;
        Map<String, LexiconWord> lexicon = lexicon();
        for (String subject : new String[] {"lina", "karim", "amina", "mehdi", "claire"}) {
            signInAs(subject);
            List<String> routes = new ArrayList<>();
            for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
                if (!route.getTemplate().contains(":")) {
                    routes.add(route.getTemplate());
                }
            }
            if (subject.equals("claire")) {
                routes.addAll(
                        List.of("jeune/" + lina, "jeune/" + mehdi, "autonomie-jeune/" + lina, "ppe-brouillon/" + lina));
            }
            locations.put(subject, routes);
            for (String route : routes) {
                if (route.startsWith("deconnexion") || route.equals("quitter")) {
                    continue;
                }
                try {
                    if (open(route) != 200) {
                        continue;
                    }
                } catch (MockAccessDeniedException refused) {
                    // Not this reader's page (Vaadin's check of the view's roles, before the view is made).
                    continue;
                }
                pages++;
                String where = subject + " on /" + route;
                String page = visibleText(UI.getCurrent().getElement());
                acronyms(page).stream()
                        .filter(token -> !Lexicon.explains(token))
                        .forEach(token -> unexplained.merge(token, where, (a, b) -> a));
                if (route.equals(Lexicon.ROUTE)) {
                    continue;
                }
                String content = contentText();
                String explained = _find(Html.class, spec -> spec.withId("mots-de-la-page")).stream()
                        .map(words -> StaticHtml.textOf(words.getElement()))
                        .findFirst()
                        .orElse("");
                for (String key : Lexicon.calledBy(content)) {
                    String term = lexicon.get(key).term();
                    if (!explained.contains(term + " : ")) {
                        notOnThePage.merge(key, where, (a, b) -> a);
                    }
                }
            }
            tearDownVaadin();
        }
        signInAs("lina");
        assertThat(pages).as("pages rendered: %s", locations).isGreaterThan(30);
        assertThat(unexplained).as("acronyms with no lexique entry").isEmpty();
        assertThat(notOnThePage)
                .as("words of the lexique not explained on the page")
                .isEmpty();
    }

    @Test
    void theLexiqueListsEveryEntryAndOpensTheOneAPageLinksTo() {
        signInAs("mehdi");
        open(Lexicon.ROUTE + "?" + Lexicon.WORD + "=CAP");
        String page = pageText();
        for (Lexicon.Entry entry : Lexicon.ENTRIES) {
            assertThat(page).contains(lexicon().get(entry.key()).term());
        }
        assertThat(page).doesNotContain("!glossary");
        assertThat(_get(Details.class, spec -> spec.withId("mot-CAP")).isOpened())
                .isTrue();
        assertThat(_get(Details.class, spec -> spec.withId("mot-CMP")).isOpened())
                .isFalse();
    }

    /** What a person reads: text, the labels and helpers of fields, the accessible names (not ids or classes). */
    private static String visibleText(Element element) {
        if (element.isTextNode()) {
            return element.getText() + "\n";
        }
        StringBuilder text = new StringBuilder();
        if (element.hasProperty("innerHTML")) {
            // A read-only block sent as HTML: its text, and the accessible names of the elements inside.
            text.append(StaticHtml.textOf(element));
            Jsoup.parseBodyFragment(element.getProperty("innerHTML"))
                    .body()
                    .select("[aria-label], [title], [alt]")
                    .forEach(inside -> Stream.of("aria-label", "title", "alt")
                            .filter(inside::hasAttr)
                            .forEach(attribute ->
                                    text.append(inside.attr(attribute)).append('\n')));
        }
        for (String property : new String[] {"label", "helperText", "placeholder", "summary", "errorMessage"}) {
            String value = element.getProperty(property);
            if (value != null) {
                text.append(value).append('\n');
            }
        }
        for (String attribute : new String[] {"aria-label", "title", "alt"}) {
            if (element.hasAttribute(attribute)) {
                text.append(element.getAttribute(attribute)).append('\n');
            }
        }
        element.getChildren().forEach(child -> text.append(visibleText(child)));
        return text.toString();
    }

    /** The visible text of the page's content region, without the explanations themselves. */
    private static String contentText() {
        return _find(Main.class).stream()
                .findFirst()
                .map(main -> {
                    StringBuilder text = new StringBuilder();
                    main.getChildren()
                            .filter(child -> !child.hasClassName(PageWords.CLASS_NAME))
                            .forEach(child ->
                                    text.append(visibleText(child.getElement())).append('\n'));
                    return text.toString();
                })
                .orElse("");
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LexiconTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
