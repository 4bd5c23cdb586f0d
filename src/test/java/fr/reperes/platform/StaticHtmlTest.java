package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A read-only block sent as HTML shows exactly the texts it was built with, as texts, whatever they hold: a référent's
 * words in a PPE or a lexique's definition can never become markup, a script, a handler or a link in the browser.
 */
class StaticHtmlTest {

    /** What an attacker types in a field that ends up in such a block, in every place a text can sit. */
    static final List<String> ATTACKS = List.of(
            "<img src=x onerror=alert(1)>",
            "<script>alert(1)</script>",
            "</p><p onclick=alert(1)>clic",
            "\"><svg onload=alert(1)>",
            "' onmouseover='alert(1)",
            "&lt;b&gt;gras&lt;/b&gt; &amp;",
            "<a href=\"javascript:alert(1)\">lien</a>",
            "<!-- commentaire --> <![CDATA[ x ]]>",
            "<style>*{display:none}</style>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "{{constructor.constructor('alert(1)')()}}",
            "${7*7} #{7*7}");

    @Test
    void aBlockKeepsItsStructureIdsClassesAndLinks() {
        Div block = new Div(new H3("Santé"), new Paragraph("Suivi chez le dentiste"));
        block.setId("ppe-sante");
        block.addClassName("reperes-card");
        Anchor more = new Anchor("lexique?mot=PPE", "en savoir plus");
        more.getElement().setAttribute("aria-label", "En savoir plus sur PPE");
        block.add(new UnorderedList(new ListItem(new Span("PPE"), more)));

        Html html = StaticHtml.of(block.getElement());

        assertThat(html.getElement().getTag()).isEqualTo("div");
        assertThat(html.getId()).contains("ppe-sante");
        assertThat(html.getClassNames()).contains("reperes-card");
        Document parsed = Jsoup.parseBodyFragment(html.getInnerHtml());
        assertThat(parsed.select("h3").text()).isEqualTo("Santé");
        assertThat(parsed.select("a[href=lexique?mot=PPE][aria-label=En savoir plus sur PPE]"))
                .hasSize(1);
        assertThat(StaticHtml.textOf(html.getElement()))
                .isEqualTo("Santé\nSuivi chez le dentiste\nPPEen savoir plus\n\n");
    }

    @Test
    void everyTextThatLooksLikeHtmlStaysTheSameTextWhereverItSits() {
        for (String attack : ATTACKS) {
            Div block = new Div(new H3(attack), new Paragraph(attack));
            Anchor link = new Anchor("lexique?mot=PPE", attack);
            link.getElement().setAttribute("aria-label", attack);
            block.add(new UnorderedList(new ListItem(new Span(attack), link)));
            block.getElement().setAttribute("id", attack);

            Html html = StaticHtml.of(block.getElement());

            Document parsed = Jsoup.parseBodyFragment(html.getInnerHtml());
            assertThat(parsed.body().select("*").stream().map(e -> e.tagName()).toList())
                    .as(attack)
                    .containsExactly("body", "h3", "p", "ul", "li", "span", "a");
            assertThat(parsed.body().select("*").stream()
                            .flatMap(e -> e.attributes().asList().stream())
                            .map(a -> a.getKey()))
                    .as(attack)
                    .allMatch(name -> List.of("href", "aria-label").contains(name));
            assertThat(parsed.select("a").attr("href")).isEqualTo("lexique?mot=PPE");
            assertThat(parsed.select("a").attr("aria-label")).isEqualTo(attack);
            assertThat(html.getId()).contains(attack);
            assertThat(StaticHtml.textOf(html.getElement()))
                    .as(attack)
                    .isEqualTo(attack + "\n" + attack + "\n" + attack + attack + "\n\n");
        }
    }

    /** Any text, not only the examples: one paragraph stays one paragraph holding that text. */
    @Property(tries = 500)
    void anyTextComesBackAsItselfInOneParagraph(@ForAll @StringLength(max = 80) String text) {
        // The HTML parser reads a carriage return as a line feed and a NUL as U+FFFD, as a browser does.
        // A text stored in the database is valid Unicode: no half of a surrogate pair alone.
        Assume.that(text.indexOf('\r') < 0
                && text.indexOf('\0') < 0
                && text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
        Html html = StaticHtml.of(new Div(new Paragraph(text)).getElement());

        Document parsed = Jsoup.parseBodyFragment(html.getInnerHtml());
        assertThat(parsed.body().select("*").stream().map(e -> e.tagName()).toList())
                .containsExactly("body", "p");
        assertThat(parsed.body().select("*").stream()
                        .mapToInt(e -> e.attributesSize())
                        .sum())
                .isZero();
        assertThat(StaticHtml.textOf(html.getElement())).isEqualTo(text + "\n");
    }

    @Test
    void aBlockWithBehaviourOrAnUnsafeLinkIsRefusedNotSentHalfWorking() {
        assertThatThrownBy(() -> StaticHtml.of(new Div(new Button("Écouter")).getElement()))
                .isInstanceOf(IllegalArgumentException.class);
        Input field = new Input();
        field.setValue("typed");
        assertThatThrownBy(() -> StaticHtml.of(new Div(field).getElement()))
                .isInstanceOf(IllegalArgumentException.class);
        for (String attribute : List.of("onclick", "onmouseover", "style", "src", "srcdoc", "formaction")) {
            Div handled = new Div(new Paragraph("texte"));
            handled.getElement()
                    .setAttribute(attribute, attribute.equals("style") ? "background: url(x.png)" : "alert(1)");
            assertThatThrownBy(() -> StaticHtml.of(handled.getElement()))
                    .as(attribute)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String href : List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "  javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)")) {
            assertThatThrownBy(() -> StaticHtml.of(new Div(new Anchor(href, "lien")).getElement()))
                    .as(href)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String href : List.of(
                "lexique?mot=PPE", "#sante", "https://www.service-public.fr", "mailto:ase@cd.fr", "tel:+33123456789")) {
            assertThat(Jsoup.parseBodyFragment(StaticHtml.of(new Div(new Anchor(href, "lien")).getElement())
                                    .getInnerHtml())
                            .select("a")
                            .attr("href"))
                    .isEqualTo(href);
        }
    }

    @Test
    void onlyTheMarkedBlocksAreReplacedInTheirPlace() {
        Div first = StaticHtml.mark(new Div(new Paragraph("un")));
        Button listen = new Button("Écouter");
        Div second = StaticHtml.mark(new Div(new Paragraph("deux")));
        Div inner = new Div(second);
        Div page = new Div(first, listen, inner);

        StaticHtml.freezeMarked(page);

        assertThat(page.getChildren().toList()).hasSize(3);
        assertThat(page.getChildren().findFirst().orElseThrow()).isInstanceOf(Html.class);
        assertThat(page.getChildren().toList().get(1)).isSameAs(listen);
        assertThat(inner.getChildren().findFirst().orElseThrow()).isInstanceOf(Html.class);
        assertThat(StaticHtml.textOf(inner.getElement().getChild(0))).isEqualTo("deux\n");
    }
}
