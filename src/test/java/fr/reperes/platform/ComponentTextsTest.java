package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import fr.reperes.KaribuTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A component's own texts (buttons, month names, upload statuses) are in the reader's language, not Vaadin's English. */
class ComponentTextsTest extends KaribuTest {

    private final BoundedUpload handler =
            new BoundedUpload(1024, "document.error.file.too-large", (m, b) -> {}, () -> {});

    @BeforeEach
    void signIn() {
        signInAs("claire");
    }

    @Test
    void aFrenchReadersUploadIsInFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UploadI18N texts = ComponentTexts.upload(handler).getI18n();

        assertThat(texts.getAddFiles().getOne()).isEqualTo("Choisir un fichier…");
        assertThat(texts.getDropFiles().getOne()).isEqualTo("Déposer le fichier ici");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("Ce type de fichier n’est pas accepté.");
        assertThat(texts.getFile().getRemove()).isEqualTo("Retirer");
        assertThat(texts.getUploading().getError().getServerUnavailable()).contains("indisponible");
        assertThat(texts.getUnits().getSize()).startsWith("o", "ko", "Mo");
    }

    @Test
    void anEnglishReadersUploadIsInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Upload upload = ComponentTexts.upload(handler);

        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Upload file…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Drop file here");
        assertThat(upload.getI18n().getUnits().getSize()).startsWith("B", "kB", "MB");
    }

    @Test
    void aFrenchReadersDatePickersAreInFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        DatePicker picker = ComponentTexts.datePicker("Date");
        DateTimePicker dateTime = ComponentTexts.dateTimePicker("Quand");

        for (DatePickerI18n texts : new DatePickerI18n[] {picker.getI18n(), dateTime.getDatePickerI18n()}) {
            assertThat(texts.getMonthNames()).startsWith("janvier", "février").endsWith("décembre");
            assertThat(texts.getWeekdays()).startsWith("dimanche", "lundi");
            assertThat(texts.getWeekdaysShort()).startsWith("dim.", "lun.");
            assertThat(texts.getFirstDayOfWeek()).isEqualTo(1);
            assertThat(texts.getToday()).isEqualTo("Aujourd’hui");
            assertThat(texts.getCancel()).isEqualTo("Annuler");
        }
        assertThat(dateTime.getI18n().getTimeLabel()).isEqualTo("Heure");
        assertThat(picker.getLabel()).isEqualTo("Date");
    }

    @Test
    void anEnglishReadersDatePickersAreInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        DatePicker picker = ComponentTexts.datePicker("Date");
        DateTimePicker dateTime = ComponentTexts.dateTimePicker("When");

        for (DatePickerI18n texts : new DatePickerI18n[] {picker.getI18n(), dateTime.getDatePickerI18n()}) {
            assertThat(texts.getMonthNames()).startsWith("January", "February").endsWith("December");
            assertThat(texts.getWeekdaysShort()).startsWith("Sun", "Mon");
            assertThat(texts.getFirstDayOfWeek()).isZero();
            assertThat(texts.getToday()).isEqualTo("Today");
            assertThat(texts.getCancel()).isEqualTo("Cancel");
        }
        assertThat(dateTime.getI18n().getTimeLabel()).isEqualTo("Time");
    }

    /** A component created elsewhere would keep Vaadin's English texts. */
    @Test
    void viewsCreateThoseComponentsOnlyThroughComponentTexts() throws IOException {
        Pattern created = Pattern.compile("new (DatePicker|DateTimePicker|TimePicker|Upload)\\(");
        Path helper = Path.of("src/main/java/fr/reperes/platform/ComponentTexts.java");
        List<String> elsewhere = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(helper))
                    .toList()) {
                if (created.matcher(Files.readString(file)).find()) {
                    elsewhere.add(file.toString());
                }
            }
        }
        assertThat(created.matcher(Files.readString(helper)).find()).isTrue();
        assertThat(elsewhere).isEmpty();
    }
}
