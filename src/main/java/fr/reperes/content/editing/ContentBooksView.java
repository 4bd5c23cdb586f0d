package fr.reperes.content.editing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.content.BookKind;
import fr.reperes.content.ContentEditor;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.WelcomeBooks;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The département's books, each with its count of pages, and a new book. The service decides who may. */
@Route(ContentBooksView.ROUTE)
@RolesAllowed("ADMIN")
@Menu(title = "content.editing.nav", order = 85, icon = "vaadin:book")
class ContentBooksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "contenus";

    private final transient ContentEditor editor;
    private final transient CurrentViewer currentViewer;

    ContentBooksView(ContentEditor editor, CurrentViewer currentViewer) {
        this.editor = editor;
        this.currentViewer = currentViewer;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Viewer viewer = currentViewer.require();
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        List<ContentEditor.BookLine> books = editor.books(viewer);
        add(new H1(getPageTitle()), new Paragraph(getTranslation("content.editing.intro")));
        add(new H2(getTranslation("content.editing.books")));
        if (books.isEmpty()) {
            add(new Paragraph(getTranslation("content.editing.books.none")));
        }
        Div cards = new Div();
        cards.addClassName("reperes-cards");
        for (ContentEditor.BookLine book : books) {
            Div card = new Div();
            card.addClassName("reperes-card");
            card.add(new H3(new Anchor(ContentBookView.route(book.id()), book.title())));
            card.add(new Paragraph(getTranslation(
                    "content.editing.book.summary",
                    getTranslation("content.editing.kind." + book.kind().name()),
                    book.code(),
                    book.pages())));
            cards.add(card);
        }
        add(cards, creation(viewer));
    }

    private VerticalLayout creation(Viewer viewer) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.addClassName("reperes-form");
        form.add(new H2(getTranslation("content.editing.new-book")));
        TextField code = new TextField(getTranslation("content.editing.new-book.code"));
        code.setId("livret-code");
        code.setMaxLength(ContentEditor.MAX_CODE);
        code.setHelperText(getTranslation(
                "content.editing.new-book.code.help", WelcomeBooks.codeFor(MeasureKind.PLACEMENT_JUDICIAIRE)));
        Select<BookKind> kind = new Select<>();
        kind.setId("livret-sorte");
        kind.setLabel(getTranslation("content.editing.new-book.kind"));
        kind.setItems(BookKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("content.editing.kind." + k.name()));
        kind.setValue(BookKind.OTHER);
        FieldErrors errors = new FieldErrors().field("code", code);
        form.add(code, kind);
        Map<PageLanguage, TextField> titles = new EnumMap<>(PageLanguage.class);
        for (PageLanguage language : PageLanguage.values()) {
            TextField title = new TextField(getTranslation(
                    language == PageLanguage.FR
                            ? "content.editing.new-book.title.required"
                            : "content.editing.new-book.title",
                    getTranslation(language.nameKey())));
            title.setId("livret-titre-" + language.name().toLowerCase(Locale.ROOT));
            title.setMaxLength(ContentEditor.MAX_TITLE);
            title.setWidthFull();
            title.setRequiredIndicatorVisible(language == PageLanguage.FR);
            title.getElement().setAttribute("dir", language.direction());
            errors.field("title." + language.name(), title);
            titles.put(language, title);
            form.add(title);
        }
        Button create = new Button(getTranslation("content.editing.new-book.create"), click -> {
            Map<PageLanguage, String> values = new EnumMap<>(PageLanguage.class);
            titles.forEach((language, field) -> values.put(language, field.getValue()));
            try {
                long id = editor.createBook(viewer, code.getValue(), kind.getValue(), values);
                getUI().ifPresent(ui -> ui.navigate(ContentBookView.route(id)));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        create.setId("livret-creer");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(create);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.editing.title");
    }
}
