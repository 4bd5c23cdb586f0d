package fr.reperes.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A read-only block of a page (a PPE's domains, the words explained under a page) sent to the browser as one element
 * holding its HTML. Built as components, each paragraph, heading, list item and text is a node the server keeps for
 * as long as the session lives (several hundred bytes each, measured by {@code SessionHeapBenchmarkTest}); nothing in such a
 * block ever changes or answers a click, so one node does.
 *
 * <p>The HTML is the block's own, serialised by jsoup as Flow does: every text and attribute value is escaped there.
 * Before that, the block is checked to be made only of plain tags and attributes and of links without a script scheme:
 * whatever a text holds, the HTML can carry no script, handler, style or source. (Not Html's own safelist option: it
 * copies a safelist into every component, 12 KB a page, and parses the HTML once more.)
 */
public final class StaticHtml {

    /** The class that marks a block to be sent as HTML once the page is complete (see {@link #freezeMarked}). */
    public static final String MARK = "reperes-static";

    private static final Set<String> TAGS = Set.of(
            "div", "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "span", "a", "strong", "em", "dl", "dt", "dd",
            "section", "nav", "br", "details", "summary");

    private static final Set<String> BLOCKS = Set.of(
            "div", "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "section", "nav", "details",
            "summary");

    /** A link with a scheme other than these (javascript:, data:) is refused: the blocks' links are plain ones. */
    private static final Pattern OTHER_SCHEME =
            Pattern.compile("(?i)^\\s*(?!https?:|mailto:|tel:)[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);

    /** The attributes such blocks carry: no handler, no style, no source. */
    private static final Set<String> ATTRIBUTES =
            Set.of("id", "class", "lang", "dir", "title", "aria-label", "aria-labelledby", "href", "router-ignore");

    private StaticHtml() {}

    /** Marks {@code block} to be sent as HTML when the page calls {@link #freezeMarked} on itself. */
    public static <T extends Component & HasStyle> T mark(T block) {
        block.addClassName(MARK);
        return block;
    }

    /**
     * Replaces every marked block under {@code page} by its HTML. Called once the page is complete: what reads its
     * components (the page's summary, which gives headings their ids) has read them.
     */
    public static void freezeMarked(Component page) {
        List<Element> marked =
                page.getElement().getChildren().flatMap(StaticHtml::markedUnder).toList();
        for (Element block : marked) {
            Element parent = block.getParent();
            if (parent != null) {
                parent.setChild(parent.indexOfChild(block), of(block).getElement());
            }
        }
    }

    /** {@code block} as one element holding its HTML. It must be made only of plain elements and texts. */
    public static Html of(Element block) {
        return new Html(outerHtml(block));
    }

    /** The HTML of {@code block}, made only of plain elements and texts, for {@link Html#setHtmlContent}. */
    public static String outerHtml(Element block) {
        requirePlain(block);
        // Not Flow's getOuterHTML(): it pretty-prints, adding spaces and line breaks to the texts.
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        Node html = ElementUtil.toJsoup(document, block);
        document.appendChild(html);
        return html.outerHtml();
    }

    /**
     * The text a reader sees in {@code element} if it is a block sent as HTML, the empty string otherwise: what reads a
     * page's text (its words to explain) reads these blocks too.
     */
    public static String textOf(Element element) {
        String html = element.getProperty("innerHTML");
        if (html == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        // A line per paragraph, heading or list item, as the same block made of components reads.
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.getWholeText());
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (BLOCKS.contains(node.nodeName())) {
                            text.append('\n');
                        }
                    }
                },
                Jsoup.parseBodyFragment(html).body());
        return text.toString();
    }

    /** The outermost marked blocks at or under {@code element}: a block inside a marked one goes with it. */
    private static Stream<Element> markedUnder(Element element) {
        if (element.isTextNode()) {
            return Stream.empty();
        }
        return element.getClassList().contains(MARK)
                ? Stream.of(element)
                : element.getChildren().flatMap(StaticHtml::markedUnder);
    }

    /** A component with a listener, a property or a web component inside would lose it: refused, not lost. */
    private static void requirePlain(Element element) {
        if (element.isTextNode()) {
            return;
        }
        if (!TAGS.contains(element.getTag())
                || element.getPropertyNames().findAny().isPresent()
                || !element.getAttributeNames().allMatch(ATTRIBUTES::contains)) {
            throw new IllegalArgumentException("Not a plain block: <" + element.getTag() + "> "
                    + element.getPropertyNames().toList() + " "
                    + element.getAttributeNames().toList());
        }
        String href = element.getAttribute("href");
        if (href != null && OTHER_SCHEME.matcher(href).matches()) {
            throw new IllegalArgumentException("Not a plain link: " + href);
        }
        element.getChildren().forEach(StaticHtml::requirePlain);
    }
}
