package fr.reperes.dossier.documents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.DocumentService;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The référent's documents for one young person: add a PDF, share it with the family or not. */
public final class DocumentsEditor extends Div {

    private final transient DocumentService documents;
    private final Viewer viewer;
    private final long youngPersonId;
    private final transient DateTexts dates;
    private byte @Nullable [] uploaded;
    private @Nullable String uploadedName;

    public DocumentsEditor(DocumentService documents, Viewer viewer, long youngPersonId, DateTexts dates) {
        this.documents = documents;
        this.dates = dates;
        this.viewer = viewer;
        this.youngPersonId = youngPersonId;
        addClassName("reperes-timeline");
        show();
    }

    private void show() {
        removeAll();
        for (DocumentLine line : documents.list(viewer, youngPersonId)) {
            Div card = new Div(new Span(
                    line.title() + " · " + t("document.kind." + line.kind().name()) + " · " + dates.day(line.date())));
            card.addClassName("reperes-card");
            Checkbox shared = new Checkbox(t("documents.shared"), line.shared());
            Paragraph error = new Paragraph();
            error.addClassName("reperes-warning");
            error.setVisible(false);
            FieldErrors shareErrors = new FieldErrors().elsewhere(error);
            shared.addValueChangeListener(change -> {
                if (!change.isFromClient()) {
                    return;
                }
                try {
                    documents.share(viewer, line.id(), change.getValue());
                    shareErrors.clear();
                } catch (InvalidInputException invalid) {
                    shared.setValue(false);
                    shareErrors.show(invalid);
                }
            });
            card.add(shared, error, DocumentLinks.download(documents, viewer, line));
            add(card);
        }
        add(addForm());
    }

    private Details addForm() {
        Select<DocumentKind> kind = new Select<>();
        kind.setLabel(t("documents.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> t("document.kind." + k.name()));
        TextField title = new TextField(t("documents.title-field"));
        title.setMaxLength(DocumentService.MAX_TITLE);
        DatePicker date = ComponentTexts.datePicker(t("documents.date"));
        Paragraph fileError = new Paragraph();
        fileError.addClassName("reperes-warning");
        fileError.setVisible(false);
        Upload upload = ComponentTexts.pdfUpload(
                DocumentService.MAX_BYTES,
                (metadata, bytes) -> {
                    uploaded = bytes;
                    uploadedName = metadata.fileName();
                },
                () -> uploaded = null,
                fileError);
        FieldErrors errors = new FieldErrors()
                .field("kind", kind)
                .field("title", title)
                .field("date", date)
                .elsewhere(fileError);
        Button add = new Button(t("documents.add"), click -> {
            errors.clear();
            try {
                documents.add(
                        viewer,
                        youngPersonId,
                        new NewDocument(kind.getValue(), title.getValue(), date.getValue(), uploadedName, uploaded));
                Notification.show(t("documents.added")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                uploaded = null;
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        Div form = new Div(kind, title, date, upload, fileError, add);
        form.addClassName("reperes-form");
        return new Details(t("documents.new"), form);
    }

    private static String t(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }
}
