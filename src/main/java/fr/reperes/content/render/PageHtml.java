package fr.reperes.content.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A page's Markdown as HTML, in three steps:
 * <ol>
 *   <li>CommonMark parses it, with raw HTML escaped (shown as text, never interpreted) and link destinations of
 *       unknown schemes emptied;</li>
 *   <li>the page's own syntax is resolved: {@code ![maison](picto:maison)} is a pictogram of the bundled set (or
 *       nothing), {@code [PPE](mot:PPE)} and the first mention of each word of the lexique open their definition in
 *       place, headings start at level 2 (the page's title is its level 1);</li>
 *   <li>OWASP's sanitiser keeps only the elements and attributes this rendering produces: whatever the text holds,
 *       no script, event handler, style, frame or {@code javascript:} link reaches a reader.</li>
 * </ol>
 * A term opens in place through a {@code button} with {@code aria-expanded} and the definition right after it,
 * {@code hidden}: the reading view toggles it; on paper and without scripts the page still reads.
 */
public final class PageHtml {

    /** Where the bundled pictograms are served: {@code src/main/resources/META-INF/resources/pictograms/}. */
    public static final String PICTOGRAMS = "pictograms/";

    public static final String TERM_CLASS = "reperes-term";
    public static final String DEFINITION_CLASS = "reperes-term-definition";
    public static final String PICTOGRAM_CLASS = "reperes-picto";

    private static final Pattern PICTOGRAM_NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private static final Parser PARSER = Parser.builder().build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
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
                    "span")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("src")
            .matching(Pattern.compile(Pattern.quote(PICTOGRAMS) + "[a-z0-9-]{1,40}\\.svg"))
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(Pattern.compile("reperes-[a-z-]+"))
            .globally()
            .allowAttributes("type")
            .matching(Pattern.compile("button"))
            .onElements("button")
            .allowAttributes("aria-expanded")
            .matching(Pattern.compile("true|false"))
            .onElements("button")
            .allowAttributes("aria-controls", "data-term")
            .matching(Pattern.compile("[A-Za-z0-9_-]{1,80}"))
            .onElements("button")
            .allowAttributes("id")
            .matching(Pattern.compile("[A-Za-z0-9_-]{1,80}"))
            .onElements("span")
            .allowAttributes("hidden")
            .onElements("span")
            .allowWithoutAttributes("span")
            .toFactory();

    private PageHtml() {}

    /**
     * {@code markdown} as sanitised HTML in one {@code div}, each word of {@code glossary} opening in place at its first
     * mention; {@code idPrefix} keeps the ids of several pages shown together apart ({@code [A-Za-z0-9_-]}).
     */
    public static String render(String markdown, List<GlossaryTerm> glossary, Set<String> pictograms, String idPrefix) {
        Node document = PARSER.parse(markdown);
        Map<String, GlossaryTerm> terms = new LinkedHashMap<>();
        glossary.forEach(term -> terms.put(term.key(), term));
        resolve(document, terms, pictograms);
        StringBuilder html = new StringBuilder("<div>");
        HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(
                        context -> new TermRenderer(context, terms, idPrefix.replaceAll("[^A-Za-z0-9_-]", "")))
                .build()
                .render(document, html);
        return POLICY.sanitize(html.append("</div>").toString());
    }

    /** The words a reader hears or an interpreter reads: the page as plain text, definitions left out. */
    public static String plainText(String markdown) {
        StringBuilder text = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(Image node) {
                // A pictogram illustrates the sentence next to it: its name is not part of what is said.
            }
        });
        return text.toString().strip();
    }

    private static void resolve(Node document, Map<String, GlossaryTerm> terms, Set<String> pictograms) {
        List<Node> links = new ArrayList<>();
        Set<Node> inTitles = new HashSet<>();
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link);
                // The words inside a link are the link's: no term opens inside it.
            }

            @Override
            public void visit(Image image) {
                links.add(image);
            }

            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(heading.getLevel() + 1, 6));
                // A title names the subject; its terms open in the text below it, so a word link in it reads as its
                // words, and a pictogram in it is judged like any other.
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Link link) {
                        links.add(link);
                        inTitles.add(link);
                    }

                    @Override
                    public void visit(Image image) {
                        links.add(image);
                    }
                });
            }

            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        Set<String> opened = new HashSet<>();
        for (Node node : links) {
            if (node instanceof Link link && link.getDestination().startsWith("mot:")) {
                String key = link.getDestination().substring(4);
                Node replacement = !inTitles.contains(link) && terms.containsKey(key) && opened.add(key)
                        ? new TermNode(key, textOf(link))
                        : new Text(textOf(link));
                link.insertBefore(replacement);
                link.unlink();
            } else if (node instanceof Image image) {
                String name = image.getDestination().startsWith("picto:")
                        ? image.getDestination().substring(6)
                        : "";
                if (PICTOGRAM_NAME.matcher(name).matches() && pictograms.contains(name)) {
                    image.insertBefore(new PictogramNode(name, textOf(image)));
                }
                // Any other image is left out: a page shows only the bundled pictograms, never a remote picture.
                image.unlink();
            }
        }
        for (Text text : texts) {
            open(text, terms, opened);
        }
    }

    /** Opens the first mention in {@code text} of each term not yet opened on the page, and so on in the rest. */
    private static void open(Text text, Map<String, GlossaryTerm> terms, Set<String> opened) {
        String literal = text.getLiteral();
        Match first = null;
        for (GlossaryTerm term : terms.values()) {
            if (term.calledBy() == null || opened.contains(term.key())) {
                continue;
            }
            Matcher matcher = term.calledBy().matcher(literal);
            if (matcher.find() && (first == null || matcher.start() < first.start())) {
                first = new Match(term.key(), matcher.start(), matcher.end());
            }
        }
        if (first == null) {
            return;
        }
        opened.add(first.key());
        Text after = new Text(literal.substring(first.end()));
        text.setLiteral(literal.substring(0, first.start()));
        TermNode term = new TermNode(first.key(), literal.substring(first.start(), first.end()));
        text.insertAfter(term);
        term.insertAfter(after);
        open(after, terms, opened);
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text child) {
                text.append(child.getLiteral());
            }

            @Override
            public void visit(Code child) {
                text.append(child.getLiteral());
            }
        });
        return text.toString();
    }

    private record Match(String key, int start, int end) {}

    /** A mention of a word of the lexique. */
    private static final class TermNode extends CustomNode {
        private final String key;
        private final String words;

        TermNode(String key, String words) {
            this.key = key;
            this.words = words;
        }
    }

    /** One of the bundled pictograms, with its text alternative. */
    private static final class PictogramNode extends CustomNode {
        private final String name;
        private final String alt;

        PictogramNode(String name, String alt) {
            this.name = name;
            this.alt = alt;
        }
    }

    private static final class TermRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final Map<String, GlossaryTerm> terms;
        private final String idPrefix;
        private int count;

        TermRenderer(HtmlNodeRendererContext context, Map<String, GlossaryTerm> terms, String idPrefix) {
            this.context = context;
            this.terms = terms;
            this.idPrefix = idPrefix;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TermNode.class, PictogramNode.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            if (node instanceof PictogramNode pictogram) {
                html.tag(
                        "img",
                        Map.of(
                                "src",
                                PICTOGRAMS + pictogram.name + ".svg",
                                "alt",
                                pictogram.alt,
                                "class",
                                PICTOGRAM_CLASS),
                        true);
                return;
            }
            TermNode term = (TermNode) node;
            Optional<GlossaryTerm> known = Optional.ofNullable(terms.get(term.key));
            if (known.isEmpty()) {
                html.text(term.words);
                return;
            }
            String id = idPrefix + "-mot-" + (++count);
            Map<String, String> button = new LinkedHashMap<>();
            button.put("type", "button");
            button.put("class", TERM_CLASS);
            button.put("aria-expanded", "false");
            button.put("aria-controls", id);
            button.put("data-term", term.key.replaceAll("[^A-Za-z0-9_-]", ""));
            html.tag("button", button);
            html.text(term.words);
            html.tag("/button");
            Map<String, @Nullable String> definition = new LinkedHashMap<>();
            definition.put("id", id);
            definition.put("class", DEFINITION_CLASS);
            definition.put("hidden", null);
            html.tag("span", nonNull(definition));
            html.text(" (" + known.get().definition() + ") ");
            html.tag("/span");
        }

        private static Map<String, String> nonNull(Map<String, @Nullable String> attributes) {
            Map<String, String> result = new LinkedHashMap<>();
            attributes.forEach((name, value) -> result.put(name, value == null ? "" : value));
            return result;
        }
    }
}
