package fr.reperes.content.editing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentEditor;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.pages.PageArticle;
import fr.reperes.content.pages.PictogramCredit;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page in one language for its editor: the draft (title and Markdown) with a live preview in 360-px frames, as a
 * young person and as a parent will read it (only the readers the page speaks to), saved, discarded or published as
 * the next version; and the published versions, each readable as it was published. A published version is never
 * edited: "start from this version" fills a new draft with it.
 */
@Route("contenus/pages/:pageId/:language")
@RolesAllowed("ADMIN")
class PageEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContentEditor editor;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private final TextField titleField = new TextField();
    private final TextArea bodyField = new TextArea();
    private final Div previews = new Div();
    private final Div reading = new Div();
    private long pageId;
    private PageLanguage language = PageLanguage.FR;
    private ContentEditor.@Nullable PageDraft draft;
    private String title = "";

    PageEditView(ContentEditor editor, CurrentViewer currentViewer, DateTexts dates) {
        this.editor = editor;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setMaxWidth("80rem");
        titleField.setId("page-titre");
        titleField.setMaxLength(ContentEditor.MAX_TITLE);
        titleField.setWidthFull();
        titleField.setValueChangeMode(ValueChangeMode.TIMEOUT);
        titleField.addValueChangeListener(change -> showPreviews());
        bodyField.setId("page-texte");
        bodyField.setMaxLength(ContentEditor.MAX_BODY);
        bodyField.setWidthFull();
        bodyField.setMinHeight("20rem");
        bodyField.setValueChangeMode(ValueChangeMode.TIMEOUT);
        bodyField.setValueChangeTimeout(500);
        bodyField.addValueChangeListener(change -> showPreviews());
        previews.addClassName("reperes-content-previews");
        previews.setId("apercus");
        reading.setId("version-lue");
    }

    static String route(long pageId, PageLanguage language) {
        return ContentBooksView.ROUTE + "/pages/" + pageId + "/" + language.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pageId = event.getRouteParameters().getLong("pageId").orElse(Long.MAX_VALUE);
        String name = event.getRouteParameters().get("language").orElse("");
        Optional<PageLanguage> chosen = Arrays.stream(PageLanguage.values())
                .filter(l -> l.name().equals(name))
                .findFirst();
        if (chosen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        language = chosen.get();
        show();
    }

    private void show() {
        removeAll();
        reading.removeAll();
        Viewer viewer = currentViewer.require();
        // A refusal (another département's page, or no such page) goes on to the refused page.
        ContentEditor.PageDraft d = editor.draft(viewer, pageId, language);
        draft = d;
        String languageName = getTranslation(language.nameKey());
        title = getTranslation("content.editing.page.title", d.title().isBlank() ? d.slug() : d.title(), languageName);
        add(new Anchor(
                ContentBookView.route(d.bookId()), getTranslation("content.editing.back-to-book", d.bookTitle())));
        // The page's title is in its own language (and direction), the rest of the heading in the portal's.
        Span pageTitle = new Span(d.title().isBlank() ? d.slug() : d.title());
        pageTitle.getElement().setAttribute("lang", language.languageTag());
        pageTitle.getElement().setAttribute("dir", language.direction());
        Span name = new Span(languageName);
        name.getElement().setAttribute("lang", language.languageTag());
        add(new H1(pageTitle, new Span(" ("), name, new Span(")")));
        add(new Paragraph(getTranslation(
                "content.editing.page.head",
                d.slug(),
                getTranslation("content.editing.audience." + d.audience().name()))));
        if (d.withdrawn()) {
            add(new Paragraph(getTranslation("content.editing.page.withdrawn")));
        }
        add(otherLanguages(d));
        add(status(d));

        titleField.setLabel(getTranslation("content.editing.draft.title", languageName));
        bodyField.setLabel(getTranslation("content.editing.draft.body", languageName));
        bodyField.setHelperText(getTranslation("content.editing.draft.body.help", "PPE"));
        // The text is written in the page's language (Arabic right to left); the labels stay in the portal's.
        for (var field : List.of(titleField.getElement(), bodyField.getElement())) {
            field.executeJs(
                    "const i = this.inputElement; if (i) { i.setAttribute('dir', $0); i.setAttribute('lang', $1); }",
                    language.direction(),
                    language.languageTag());
        }
        titleField.setValue(d.title());
        bodyField.setValue(d.body());
        titleField.setInvalid(false);
        bodyField.setInvalid(false);
        Paragraph problem = new Paragraph();
        problem.setId("page-probleme");
        problem.addClassName("reperes-content-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        FieldErrors errors = new FieldErrors()
                .field("title", titleField)
                .field("body", bodyField)
                .elsewhere(
                        text -> {
                            problem.setText(text);
                            problem.setVisible(true);
                        },
                        () -> problem.setVisible(false));
        Button save = new Button(getTranslation("content.editing.draft.save"), click -> {
            try {
                editor.saveDraft(viewer, pageId, language, titleField.getValue(), bodyField.getValue());
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId("brouillon-enregistrer");
        Button publish =
                new Button(getTranslation("content.editing.draft.publish"), click -> confirmPublish(viewer, errors));
        publish.setId("publier");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("content.editing.draft.discard"), click -> {
            editor.discard(viewer, pageId, language);
            show();
        });
        discard.setId("brouillon-abandonner");
        discard.setEnabled(d.saved());
        HorizontalLayout actions = new HorizontalLayout(save, publish, discard);
        actions.setWrap(true);
        add(new H2(getTranslation("content.editing.draft")), titleField, bodyField, problem, actions);

        add(new H2(getTranslation("content.editing.preview")));
        add(new Paragraph(getTranslation("content.editing.preview.help")));
        add(previews);
        showPreviews();

        add(history(viewer));
        add(reading);
    }

    private Div otherLanguages(ContentEditor.PageDraft d) {
        Div others = new Div();
        others.getElement().setAttribute("role", "group");
        others.getElement().setAttribute("aria-label", getTranslation("content.editing.page.languages"));
        others.addClassName("reperes-content-language-links");
        for (PageLanguage other : PageLanguage.values()) {
            if (other == language) {
                Span current = new Span(getTranslation(other.nameKey()));
                current.getElement().setAttribute("aria-current", "page");
                current.getElement().setAttribute("lang", other.languageTag());
                others.add(current);
            } else {
                Anchor link = new Anchor(route(d.pageId(), other), getTranslation(other.nameKey()));
                link.getElement().setAttribute("lang", other.languageTag());
                others.add(link);
            }
            others.add(new Span(" "));
        }
        return others;
    }

    private Paragraph status(ContentEditor.PageDraft d) {
        StringBuilder text = new StringBuilder(
                d.latest() == null
                        ? getTranslation("content.editing.state.unpublished.long")
                        : getTranslation("content.editing.state.published.long", d.latest()));
        if (language != PageLanguage.FR) {
            text.append(' ')
                    .append(
                            d.latestFrench() == null
                                    ? getTranslation("content.editing.state.no-french")
                                    : getTranslation("content.editing.state.will-follow", d.latestFrench()));
        }
        text.append(' ');
        Instant savedAt = d.savedAt();
        if (d.saved() && savedAt != null) {
            text.append(getTranslation(
                    "content.editing.state.draft.long", when(savedAt), d.savedBy() == null ? "" : d.savedBy()));
        } else {
            text.append(getTranslation(
                    d.latest() == null ? "content.editing.state.no-draft.blank" : "content.editing.state.no-draft"));
        }
        Paragraph status = new Paragraph(text.toString());
        status.setId("page-etat");
        status.addClassName("reperes-card");
        return status;
    }

    /** Frames for the readers the page speaks to: a YOUNG page has no parent's preview, and a PARENT page the reverse. */
    private void showPreviews() {
        ContentEditor.PageDraft d = draft;
        if (d == null) {
            return;
        }
        previews.removeAll();
        PageAudience audience = d.audience();
        if (audience.shownTo(Role.JEUNE)) {
            previews.add(frame("jeune", Role.JEUNE, "content.editing.preview.young", d));
        }
        if (audience.shownTo(Role.PARENT)) {
            previews.add(frame("parent", Role.PARENT, "content.editing.preview.parent", d));
        }
    }

    private Section frame(String reader, Role role, String labelKey, ContentEditor.PageDraft d) {
        Section frame = new Section();
        frame.addClassName("reperes-content-preview");
        frame.setId("apercu-" + reader);
        Paragraph label = new Paragraph(getTranslation(labelKey));
        label.setId("apercu-" + reader + "-nom");
        label.addClassName("reperes-content-preview-label");
        frame.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        Div phone = new Div();
        phone.addClassName("reperes-content-phone");
        phone.setId("apercu-" + reader + "-telephone");
        String shownTitle = titleField.getValue().isBlank() ? d.slug() : titleField.getValue();
        phone.add(new PageArticle(
                shownTitle, bodyField.getValue(), language, d.glossary(role), false, "apercu-" + reader));
        PictogramCredit.forBodies(List.of(bodyField.getValue())).ifPresent(phone::add);
        frame.add(label, phone);
        return frame;
    }

    private void confirmPublish(Viewer viewer, FieldErrors errors) {
        ContentEditor.PageDraft d = draft;
        if (d == null) {
            return;
        }
        int next = d.latest() == null ? 1 : d.latest() + 1;
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("content.editing.publish.title", next),
                getTranslation("content.editing.publish.text"),
                getTranslation("content.editing.publish.yes"),
                confirmed -> {
                    try {
                        // What is on screen is what is published: the draft is saved first.
                        editor.saveDraft(viewer, pageId, language, titleField.getValue(), bodyField.getValue());
                        editor.publish(viewer, pageId, language);
                        show();
                    } catch (InvalidInputException invalid) {
                        errors.show(invalid);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("content.editing.cancel"));
        dialog.open();
    }

    private Div history(Viewer viewer) {
        Div history = new Div();
        history.add(new H2(getTranslation("content.editing.history")));
        List<ContentEditor.PublishedVersion> versions = editor.history(viewer, pageId, language);
        if (versions.isEmpty()) {
            history.add(new Paragraph(getTranslation("content.editing.history.none")));
            return history;
        }
        UnorderedList list = new UnorderedList();
        list.setId("historique");
        for (ContentEditor.PublishedVersion version : versions) {
            ListItem item = new ListItem();
            String line = getTranslation(
                    "content.editing.history.line",
                    version.number(),
                    when(version.publishedAt()),
                    version.publishedBy());
            Integer follows = version.follows();
            if (follows != null) {
                line += " " + getTranslation("content.editing.history.follows", follows);
            }
            Button read = new Button(
                    getTranslation("content.editing.history.read", version.number()),
                    click -> read(viewer, version.number()));
            read.setId("lire-version-" + version.number());
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            item.add(new Span(line + " "), read);
            list.add(item);
        }
        history.add(list);
        return history;
    }

    private void read(Viewer viewer, int number) {
        reading.removeAll();
        ContentEditor.PageDraft d = draft;
        editor.version(viewer, pageId, language, number).ifPresent(version -> {
            reading.add(new H2(getTranslation("content.editing.version", version.number())));
            reading.add(new Paragraph(getTranslation("content.editing.version.immutable")));
            Button start = new Button(getTranslation("content.editing.version.start-from", version.number()), click -> {
                titleField.setValue(version.title());
                bodyField.setValue(version.body());
                titleField.focus();
            });
            start.setId("partir-de-version");
            reading.add(start);
            Div phone = new Div();
            phone.addClassName("reperes-content-phone");
            phone.add(new PageArticle(
                    version.title(),
                    version.body(),
                    language,
                    d == null ? List.of() : d.glossary(d.audience() == PageAudience.YOUNG ? Role.JEUNE : Role.PARENT),
                    false,
                    "version-" + version.number()));
            reading.add(phone);
        });
    }

    private String when(Instant instant) {
        return dates.dayAndTime(LocalDateTime.ofInstant(instant, dates.zone()));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("content.editing.title") : title;
    }
}
