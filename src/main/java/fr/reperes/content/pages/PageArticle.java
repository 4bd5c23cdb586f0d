package fr.reperes.content.pages;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.render.GlossaryTerm;
import fr.reperes.content.render.PageHtml;
import fr.reperes.platform.ReadAloud;
import java.util.List;

/**
 * One page of the département's content as a reader sees it on a phone: its title, "Écouter" in the page's language,
 * and its text rendered by {@link PageHtml} (sanitised), in an {@code article} that carries the page's {@code lang} and
 * {@code dir}: Arabic is laid out right to left, whatever the portal's language. A word of the lexique opens its
 * definition in place. The reader, the editor's preview and the search results show pages through this one class, so
 * that a preview is exactly what will be read.
 */
public class PageArticle extends Article {

    public static final String CLASS_NAME = "reperes-content-page";

    /**
     * @param topLevel  the page is the screen's subject (its title is the H1) rather than one page of a book (H2)
     * @param idPrefix  distinct per page shown on one screen ({@code [A-Za-z0-9_-]})
     */
    public PageArticle(
            String title,
            String markdown,
            PageLanguage language,
            List<GlossaryTerm> glossary,
            boolean topLevel,
            String idPrefix) {
        addClassName(CLASS_NAME);
        getElement().setAttribute("lang", language.languageTag());
        getElement().setAttribute("dir", language.direction());
        String textId = idPrefix + "-texte";
        HtmlContainer heading = topLevel ? new H1(title) : new H2(title);
        Div text = new Div(new Html(PageHtml.render(markdown, glossary, Pictograms.names(), idPrefix)));
        text.setId(textId);
        text.addClassName("reperes-content-text");
        add(heading, ReadAloud.button(textId, language.languageTag()), text);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // A term's button shows or hides its definition, right after it; aria-expanded tells a screen reader.
        getElement()
                .executeJs("if (this.__termsBound) return; this.__termsBound = true;"
                        + " this.addEventListener('click', e => {"
                        + "  const b = e.target.closest('button." + PageHtml.TERM_CLASS + "'); if (!b) return;"
                        + "  const d = document.getElementById(b.getAttribute('aria-controls')); if (!d) return;"
                        + "  const open = b.getAttribute('aria-expanded') !== 'true';"
                        + "  b.setAttribute('aria-expanded', String(open)); d.hidden = !open; });");
    }
}
