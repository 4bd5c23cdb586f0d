package fr.reperes.content.editing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentEditor;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A book's pages for its editor: per page and language, the latest published number, whether a draft is being
 * written and whether FALC or a translation lags behind the French; moving, withdrawing and adding pages.
 */
@Route("contenus/:bookId")
@RolesAllowed("ADMIN")
class ContentBookView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContentEditor editor;
    private final transient CurrentViewer currentViewer;
    private long bookId;
    private String title = "";

    ContentBookView(ContentEditor editor, CurrentViewer currentViewer) {
        this.editor = editor;
        this.currentViewer = currentViewer;
        setMaxWidth("64rem");
    }

    static String route(long bookId) {
        return ContentBooksView.ROUTE + "/" + bookId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bookId = event.getRouteParameters().getLong("bookId").orElse(Long.MAX_VALUE);
        show();
    }

    private void show() {
        removeAll();
        Viewer viewer = currentViewer.require();
        // A refusal (another département's book, or no such book) goes on to the refused page.
        ContentEditor.BookOverview book = editor.book(viewer, bookId);
        title = book.title();
        add(new Anchor(ContentBooksView.ROUTE, getTranslation("content.editing.back-to-books")));
        add(new H1(title));
        add(new Paragraph(getTranslation(
                "content.editing.book.head",
                getTranslation("content.editing.kind." + book.kind().name()),
                book.code())));
        add(new H2(getTranslation("content.editing.pages")));
        if (book.pages().isEmpty()) {
            add(new Paragraph(getTranslation("content.editing.pages.none")));
        }
        Div cards = new Div();
        cards.addClassName("reperes-cards");
        List<ContentEditor.PageLine> shown =
                book.pages().stream().filter(p -> !p.withdrawn()).toList();
        for (ContentEditor.PageLine page : book.pages()) {
            cards.add(card(viewer, page, shown));
        }
        add(cards, addition(viewer), titles(viewer, book));
    }

    private Div card(Viewer viewer, ContentEditor.PageLine page, List<ContentEditor.PageLine> shown) {
        Div card = new Div();
        card.addClassName("reperes-card");
        card.setId("page-" + page.id());
        card.add(new H3(page.title()));
        card.add(new Paragraph(getTranslation(
                "content.editing.page.head",
                page.slug(),
                getTranslation("content.editing.audience." + page.audience().name()))));
        if (page.withdrawn()) {
            card.addClassName("reperes-card-closed");
            card.add(new Paragraph(getTranslation("content.editing.page.withdrawn")));
        }
        UnorderedList languages = new UnorderedList();
        languages.addClassName("reperes-content-languages");
        for (PageLanguage language : PageLanguage.values()) {
            ContentEditor.LanguageState state =
                    Objects.requireNonNull(page.languages().get(language));
            ListItem item = new ListItem();
            Anchor edit = new Anchor(PageEditView.route(page.id(), language), getTranslation(language.nameKey()));
            edit.getElement().setAttribute("lang", language.languageTag());
            edit.getElement().setAttribute("dir", language.direction());
            edit.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "content.editing.page.edit-in", page.title(), getTranslation(language.nameKey())));
            item.add(edit, new Span(" : " + describe(state)));
            if (state.lagging()) {
                Span lag = new Span(getTranslation(
                        "content.editing.state.lagging",
                        state.follows() == null ? "–" : state.follows(),
                        Objects.requireNonNull(page.languages().get(PageLanguage.FR))
                                .latest()));
                lag.addClassName("reperes-content-lagging");
                item.add(new Span(" "), lag);
            }
            languages.add(item);
        }
        card.add(languages);
        if (!page.withdrawn()) {
            int at = shown.indexOf(page);
            Button up = new Button(getTranslation("content.editing.page.up"), click -> {
                editor.move(viewer, page.id(), true);
                show();
            });
            up.setId("monter-" + page.id());
            up.setEnabled(at > 0);
            up.getElement().setAttribute("aria-label", getTranslation("content.editing.page.up.of", page.title()));
            Button down = new Button(getTranslation("content.editing.page.down"), click -> {
                editor.move(viewer, page.id(), false);
                show();
            });
            down.setId("descendre-" + page.id());
            down.setEnabled(at < shown.size() - 1);
            down.getElement().setAttribute("aria-label", getTranslation("content.editing.page.down.of", page.title()));
            Button withdraw = new Button(getTranslation("content.editing.page.withdraw"), click -> {
                ConfirmDialog dialog = new ConfirmDialog(
                        getTranslation("content.editing.page.withdraw.title", page.title()),
                        getTranslation("content.editing.page.withdraw.text"),
                        getTranslation("content.editing.page.withdraw.yes"),
                        confirmed -> {
                            editor.withdraw(viewer, page.id());
                            show();
                        });
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("content.editing.cancel"));
                dialog.open();
            });
            withdraw.setId("retirer-" + page.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.getElement()
                    .setAttribute("aria-label", getTranslation("content.editing.page.withdraw.of", page.title()));
            HorizontalLayout actions = new HorizontalLayout(up, down, withdraw);
            actions.setWrap(true);
            card.add(actions);
        }
        return card;
    }

    private String describe(ContentEditor.LanguageState state) {
        List<String> parts = new ArrayList<>();
        Integer latest = state.latest();
        parts.add(
                latest == null
                        ? getTranslation("content.editing.state.unpublished")
                        : getTranslation("content.editing.state.published", latest));
        if (state.draft()) {
            parts.add(getTranslation("content.editing.state.draft"));
        }
        return String.join(", ", parts);
    }

    private VerticalLayout addition(Viewer viewer) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.addClassName("reperes-form");
        form.add(new H2(getTranslation("content.editing.new-page")));
        TextField slug = new TextField(getTranslation("content.editing.new-page.slug"));
        slug.setId("page-nom");
        slug.setMaxLength(ContentEditor.MAX_SLUG);
        slug.setHelperText(getTranslation("content.editing.new-page.slug.help"));
        RadioButtonGroup<PageAudience> audience =
                new RadioButtonGroup<>(getTranslation("content.editing.new-page.audience"));
        audience.setId("page-public");
        audience.setItems(PageAudience.values());
        audience.setItemLabelGenerator(a -> getTranslation("content.editing.audience." + a.name()));
        audience.setValue(PageAudience.ALL);
        FieldErrors errors = new FieldErrors().field("slug", slug);
        Button add = new Button(getTranslation("content.editing.new-page.add"), click -> {
            try {
                long pageId = editor.addPage(viewer, bookId, slug.getValue(), audience.getValue());
                getUI().ifPresent(ui -> ui.navigate(PageEditView.route(pageId, PageLanguage.FR)));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        add.setId("page-ajouter");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(slug, audience, add);
        return form;
    }

    private VerticalLayout titles(Viewer viewer, ContentEditor.BookOverview book) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.addClassName("reperes-form");
        form.add(new H2(getTranslation("content.editing.titles")));
        form.add(new Paragraph(getTranslation("content.editing.titles.help")));
        FieldErrors errors = new FieldErrors();
        Map<PageLanguage, TextField> fields = new EnumMap<>(PageLanguage.class);
        for (PageLanguage language : PageLanguage.values()) {
            TextField field = new TextField(getTranslation(
                    language == PageLanguage.FR
                            ? "content.editing.new-book.title.required"
                            : "content.editing.new-book.title",
                    getTranslation(language.nameKey())));
            field.setId("titre-" + language.name().toLowerCase(Locale.ROOT));
            field.setMaxLength(ContentEditor.MAX_TITLE);
            field.setWidthFull();
            field.setRequiredIndicatorVisible(language == PageLanguage.FR);
            field.getElement().setAttribute("dir", language.direction());
            field.setValue(book.titles().getOrDefault(language, ""));
            errors.field("title." + language.name(), field);
            fields.put(language, field);
            form.add(field);
        }
        Button save = new Button(getTranslation("content.editing.titles.save"), click -> {
            Map<PageLanguage, String> values = new EnumMap<>(PageLanguage.class);
            fields.forEach((language, field) -> values.put(language, field.getValue()));
            try {
                editor.saveTitles(viewer, bookId, values);
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId("titres-enregistrer");
        form.add(save);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.editing.book.title", title);
    }
}
