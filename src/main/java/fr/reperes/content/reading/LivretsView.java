package fr.reperes.content.reading;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.LibraryBook;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.SearchHit;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * "Livrets et guides": the books the département published for the reader, in the language they chose, and a search
 * over their pages ({@code livret?q=...}, so that a result can be shared and the back button returns to it).
 */
@Route(LivretsView.ROUTE)
@PermitAll
@Menu(title = "nav.livret", order = 19, icon = "vaadin:open-book")
public class LivretsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "livret";
    static final String QUERY = "q";

    private final transient CurrentViewer currentViewer;
    private final transient ContentLibrary library;
    private String words = "";

    LivretsView(CurrentViewer currentViewer, ContentLibrary library) {
        this.currentViewer = currentViewer;
        this.library = library;
        setMaxWidth("48rem");
        addClassName("reperes-livrets");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        words = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(QUERY)
                .orElse("")
                .strip();
        show(library.readingLanguage(currentViewer.require()));
    }

    private void show(PageLanguage language) {
        removeAll();
        Viewer viewer = currentViewer.require();
        add(
                new H1(getPageTitle()),
                new Paragraph(getTranslation(viewer.audience().key("content.reading.intro"))),
                new LanguagePicker(viewer, library, language, this::show),
                searchForm());
        if (!words.isEmpty()) {
            add(results(library.search(viewer, words, language)));
        }
        add(new H2(getTranslation("content.reading.books")));
        List<LibraryBook> books = library.books(viewer, language);
        if (books.isEmpty()) {
            add(new Paragraph(getTranslation("content.reading.books.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("reperes-livret-list");
        for (LibraryBook book : books) {
            Anchor link = new Anchor(BookView.ROUTE_PREFIX + book.code(), book.title());
            link.getElement().setAttribute("lang", book.titleLanguage().languageTag());
            link.getElement().setAttribute("dir", book.titleLanguage().direction());
            list.add(new ListItem(link));
        }
        add(list);
    }

    private Div searchForm() {
        TextField field = new TextField(getTranslation("content.reading.search"));
        field.setId("recherche-livrets");
        field.setValue(words);
        field.setMaxLength(200);
        Button search = new Button(getTranslation("content.reading.search.button"));
        search.addClickShortcut(Key.ENTER);
        search.addClickListener(click -> UI.getCurrent()
                .navigate(
                        LivretsView.class,
                        QueryParameters.of(QUERY, field.getValue().strip())));
        Div form = new Div(field, search);
        form.getElement().setAttribute("role", "search");
        form.addClassName("reperes-livret-search");
        return form;
    }

    private Section results(List<SearchHit> hits) {
        Section results = new Section(new H2(getTranslation("content.reading.search.results", words)));
        results.setId("resultats");
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("content.reading.search.none", words)));
        }
        for (SearchHit hit : hits) {
            Anchor link = new Anchor(BookView.ROUTE_PREFIX + hit.bookCode() + "/" + hit.slug(), hit.title());
            H3 title = new H3(link);
            Paragraph snippet = new Paragraph(hit.snippet());
            Paragraph book = new Paragraph(getTranslation("content.reading.search.in-book", hit.bookTitle()));
            book.addClassName("reperes-search-book");
            Div item = new Div(title, snippet, book);
            item.addClassName("reperes-search-hit");
            for (var inLanguage : List.of(title, snippet)) {
                inLanguage.getElement().setAttribute("lang", hit.language().languageTag());
                inLanguage.getElement().setAttribute("dir", hit.language().direction());
            }
            results.add(item);
        }
        return results;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.reading.title");
    }
}
