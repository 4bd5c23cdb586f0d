package fr.reperes.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker.DateTimePickerI18n;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.UploadI18N.AddFiles;
import com.vaadin.flow.component.upload.UploadI18N.DropFiles;
import com.vaadin.flow.component.upload.UploadI18N.Error;
import com.vaadin.flow.component.upload.UploadI18N.File;
import com.vaadin.flow.component.upload.UploadI18N.Uploading;
import com.vaadin.flow.component.upload.UploadI18N.Uploading.RemainingTime;
import com.vaadin.flow.component.upload.UploadI18N.Uploading.Status;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.util.List;

/**
 * The only way the portal creates a Vaadin component that carries texts of its own (buttons, month names, upload
 * statuses): those texts are English unless set, so each kind gets them here, from the bundles, in the language of the
 * page being built. A view that wrote {@code new DatePicker(...)} would show "Today" and "January" to a French reader.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(datePickerTexts(picker));
        return picker;
    }

    /** Its date part is a date picker, with the same texts. */
    public static DateTimePicker dateTimePicker(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setDatePickerI18n(datePickerTexts(picker));
        picker.setI18n(new DateTimePickerI18n()
                .setDateLabel(picker.getTranslation("component.date-time.date"))
                .setTimeLabel(picker.getTranslation("component.date-time.time")));
        return picker;
    }

    /**
     * The one-PDF upload of the portal's forms, bounded by the server: {@code received} gets the file; a file too
     * large or not a PDF is told in {@code refusal}, and {@code tooLarge} forgets whatever was received before.
     */
    public static Upload pdfUpload(
            int maxBytes,
            SerializableBiConsumer<UploadMetadata, byte[]> received,
            SerializableRunnable tooLarge,
            Paragraph refusal) {
        Upload upload = upload(new BoundedUpload(maxBytes, "document.error.file.too-large", received, () -> {
            tooLarge.run();
            refusal.setText(refusal.getTranslation("document.error.file.too-large"));
            refusal.setVisible(true);
        }));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> {
            refusal.setText(refusal.getTranslation("document.error.file.rejected"));
            refusal.setVisible(true);
        });
        return upload;
    }

    public static Upload upload(UploadHandler handler) {
        Upload upload = new Upload(handler);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new AddFiles()
                        .setOne(upload.getTranslation("component.upload.add-file"))
                        .setMany(upload.getTranslation("component.upload.add-files")))
                .setDropFiles(new DropFiles()
                        .setOne(upload.getTranslation("component.upload.drop-file"))
                        .setMany(upload.getTranslation("component.upload.drop-files")))
                .setError(new Error()
                        .setTooManyFiles(upload.getTranslation("component.upload.too-many-files"))
                        .setFileIsTooBig(upload.getTranslation("component.upload.file-too-big"))
                        .setIncorrectFileType(upload.getTranslation("component.upload.wrong-type")))
                .setFile(new File()
                        .setRetry(upload.getTranslation("component.upload.retry"))
                        .setStart(upload.getTranslation("component.upload.start"))
                        .setRemove(upload.getTranslation("component.upload.remove")))
                .setUploading(new Uploading()
                        .setStatus(new Status()
                                .setConnecting(upload.getTranslation("component.upload.connecting"))
                                .setStalled(upload.getTranslation("component.upload.stalled"))
                                .setProcessing(upload.getTranslation("component.upload.processing"))
                                .setHeld(upload.getTranslation("component.upload.held")))
                        .setRemainingTime(new RemainingTime()
                                .setPrefix(upload.getTranslation("component.upload.remaining"))
                                .setUnknown(upload.getTranslation("component.upload.remaining-unknown")))
                        .setError(new Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("component.upload.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("component.upload.server-error"))
                                .setForbidden(upload.getTranslation("component.upload.forbidden"))
                                .setFileTooLarge(upload.getTranslation("component.upload.file-too-big"))))
                .setUnits(list(upload, "component.upload.units")));
        return upload;
    }

    private static DatePickerI18n datePickerTexts(Component picker) {
        return new DatePickerI18n()
                .setMonthNames(list(picker, "component.date.months"))
                .setWeekdays(list(picker, "component.date.weekdays"))
                .setWeekdaysShort(list(picker, "component.date.weekdays-short"))
                .setFirstDayOfWeek(Integer.parseInt(picker.getTranslation("component.date.first-day-of-week")))
                .setToday(picker.getTranslation("component.date.today"))
                .setCancel(picker.getTranslation("component.date.cancel"));
    }

    private static List<String> list(Component component, String key) {
        return List.of(component.getTranslation(key).split(","));
    }
}
