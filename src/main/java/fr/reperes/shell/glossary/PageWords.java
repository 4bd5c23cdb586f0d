package fr.reperes.shell.glossary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.Lexicon;
import fr.reperes.shell.LexiconSource;
import fr.reperes.shell.LexiconWord;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Les mots de cette page": under a page, each acronym or word of the trade it shows, explained in plain words with a
 * link to its lexique entry. Written out, not in a tooltip or a title, so that a phone shows it too. The terms and
 * definitions are the département's lexique ({@link LexiconSource}); the code finds them in the page ({@link Lexicon}).
 */
public final class PageWords {

    static final String CLASS_NAME = "reperes-page-words";

    private PageWords() {}

    /**
     * Replaces the explanations under {@code page} (the frame's content region) with those of the words it shows now.
     * The lexique itself needs none.
     */
    public static void refresh(Component page, Map<String, LexiconWord> lexicon) {
        page.getChildren()
                .filter(child -> child.hasClassName(CLASS_NAME))
                .toList()
                .forEach(child -> child.getElement().removeFromParent());
        if (page.getChildren().anyMatch(child -> child.hasClassName(LexiconSource.NO_PAGE_WORDS))) {
            return;
        }
        StringBuilder text = new StringBuilder();
        page.getElement().getChildren().forEach(child -> collect(child, text));
        Set<String> keys = Lexicon.calledBy(text.toString());
        keys.retainAll(lexicon.keySet());
        if (keys.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            LexiconWord word = Objects.requireNonNull(lexicon.get(key), "kept only the lexicon's keys");
            Span name = new Span(word.term());
            name.addClassName("reperes-page-word");
            Anchor more = new Anchor(
                    Lexicon.ROUTE + "?" + Lexicon.WORD + "=" + key, I18NProvider.translate("glossary.page-words.more"));
            more.getElement()
                    .setAttribute("aria-label", I18NProvider.translate("glossary.page-words.more.for", word.term()));
            list.add(new ListItem(name, new Span(" : " + word.definition() + " "), more));
        }
        Div words = new Div(new H2(I18NProvider.translate("glossary.page-words")), list);
        words.addClassName(CLASS_NAME);
        words.setId("mots-de-la-page");
        // Read, never clicked but for its links: one node in the session rather than six per word.
        page.getElement().appendChild(StaticHtml.of(words.getElement()).getElement());
    }

    /** The visible text and the labels of an element and its children (a field's label is a property). */
    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
            return;
        }
        if (!element.isVisible()) {
            // What the reader is not shown is not explained either.
            return;
        }
        for (String property : new String[] {"label", "helperText", "placeholder", "summary"}) {
            String value = element.getProperty(property);
            if (value != null) {
                text.append(value).append('\n');
            }
        }
        if (element.hasProperty("innerHTML")) {
            text.append(StaticHtml.textOf(element)).append('\n');
        }
        if (element.hasAttribute("aria-label")) {
            text.append(element.getAttribute("aria-label")).append('\n');
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}
