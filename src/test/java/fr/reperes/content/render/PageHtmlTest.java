package fr.reperes.content.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageHtmlTest {

    private static final List<GlossaryTerm> GLOSSARY = List.of(
            new GlossaryTerm("PPE", "Projet pour l’enfant <b>écrit</b> avec toi", Pattern.compile("\\bPPE\\b")),
            new GlossaryTerm("AEMO", "Aide éducative en milieu ouvert", Pattern.compile("\\bAEMO\\b")));

    private static String render(String markdown) {
        return PageHtml.render(markdown, GLOSSARY, Set.of("maison", "juge"), "p1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Bonjour <img src=x onerror=alert(1)>",
                "[clique](javascript:alert(1))",
                "[clique](JaVaScRiPt:alert(1))",
                "[clique](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(1)\">x</div>",
                "![x](javascript:alert(1))",
                "![x](https://evil.example/track.png)",
                "![x](picto:../../evil)",
                "<svg onload=alert(1)>",
                "[x](mot:PPE\" onclick=\"alert(1))",
                "<details open ontoggle=alert(1)>",
                "<form action=https://evil.example><input name=a></form>",
                "[a](vbscript:msgbox)"
            })
    void hostileTextRendersInert(String markdown) {
        assertInert(render(markdown));
        assertInert(render("Un texte avec PPE et " + markdown + " puis AEMO."));
    }

    /** Every element and attribute of the output is one this rendering produces; every link goes somewhere safe. */
    static void assertInert(String html) {
        Matcher tags = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>").matcher(html);
        while (tags.find()) {
            assertThat(tags.group(2)).isIn(ELEMENTS);
            Matcher attributes =
                    Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?").matcher(tags.group(3));
            while (attributes.find()) {
                String name = attributes.group(1);
                assertThat(name).isIn(ATTRIBUTES);
                if (name.equals("href") || name.equals("src")) {
                    assertThat(attributes.group(2))
                            .matches("(https?://|mailto:|tel:|pictograms/[a-z0-9-]+\\.svg$|[a-z0-9/#?=-]*$).*");
                }
            }
        }
        assertThat(html.replaceAll("<[^>]*>", "")).doesNotContain("<", ">");
    }

    private static final Set<String> ELEMENTS = Set.of(
            "div",
            "p",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "strong",
            "em",
            "blockquote",
            "br",
            "hr",
            "code",
            "pre",
            "a",
            "img",
            "button",
            "span");
    private static final Set<String> ATTRIBUTES = Set.of(
            "href",
            "src",
            "alt",
            "start",
            "class",
            "type",
            "aria-expanded",
            "aria-controls",
            "data-term",
            "id",
            "hidden",
            "rel");

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(render("<b>gras</b>")).contains("&lt;b&gt;gras&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void markdownBecomesStructureWithHeadingsBelowThePageTitle() {
        String html = render(
                "# Tes droits\n\nTu peux **appeler** le 119.\n\n- un\n- deux\n\n[Le site](https://www.defenseurdesdroits.fr)");
        assertThat(html)
                .contains("<h2>Tes droits</h2>", "<strong>appeler</strong>", "<li>un</li>")
                .contains("href=\"https://www.defenseurdesdroits.fr\"")
                .doesNotContain("<h1>");
    }

    @Test
    void firstMentionOfATermOpensItsDefinitionInPlaceEscaped() {
        String html = render("Ton PPE dit tout. Le PPE change.");
        assertThat(html)
                .contains(
                        "<button type=\"button\" class=\"reperes-term\" aria-expanded=\"false\" aria-controls=\"p1-mot-1\" data-term=\"PPE\">PPE</button>")
                .contains("id=\"p1-mot-1\"", "class=\"reperes-term-definition\"", "hidden")
                .contains("&lt;b&gt;écrit&lt;/b&gt;");
        assertThat(html.split("reperes-term\"", -1)).hasSize(2);
    }

    @Test
    void explicitTermLinkAndPictograms() {
        String html = render("Ton [projet](mot:AEMO). ![Une maison](picto:maison) ![x](picto:inconnu)");
        assertThat(html)
                .contains("data-term=\"AEMO\">projet</button>")
                .contains("src=\"pictograms/maison.svg\"", "alt=\"Une maison\"", "class=\"reperes-picto\"")
                .doesNotContain("inconnu");
    }

    @Test
    void aWordLinkInATitleReadsAsItsWordsAndTheTextBelowOpensIt() {
        String html = render("# Le [PPE](mot:PPE) ![Une maison](picto:maison) ![x](https://ailleurs.example/x.png)\n\n"
                + "Ton PPE dit ce qui est prévu.");
        assertThat(html)
                .contains("<h2>Le PPE <img")
                .contains("alt=\"Une maison\"")
                .doesNotContain("mot:", "<a", "ailleurs.example");
        assertThat(html.split("data-term=\"PPE\"", -1)).hasSize(2);
        assertThat(html.substring(html.indexOf("</h2>"))).contains("data-term=\"PPE\">PPE</button>");
    }

    @Test
    void plainTextForReadingAloud() {
        assertThat(PageHtml.plainText("# Titre\n\nTu peux **appeler** ![maison](picto:maison) le 119."))
                .isEqualTo("Titre\nTu peux appeler  le 119.");
    }
}
