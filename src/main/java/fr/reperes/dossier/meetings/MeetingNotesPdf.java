package fr.reperes.dossier.meetings;

import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.documents.PdfDocument;
import fr.reperes.platform.DateTexts;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Published meeting notes on paper. */
public final class MeetingNotesPdf {

    private MeetingNotesPdf() {}

    public static byte[] render(
            Meeting meeting, String youngPersonName, Locale locale, I18NProvider i18n, DateTexts dates) {
        String notes = Objects.requireNonNull(meeting.notes(), "only published notes are printed");
        Instant notesPublishedAt =
                Objects.requireNonNull(meeting.notesPublishedAt(), "only published notes are printed");
        String title = t(
                i18n,
                locale,
                "pdf.notes.title",
                t(i18n, locale, "meeting.kind." + meeting.kind().name()),
                youngPersonName);
        return PdfDocument.write(
                title, page -> t(i18n, locale, "pdf.footer", dates.day(dates.today(), locale), page), document -> {
                    document.add(PdfDocument.paragraph(title, PdfDocument.TITLE, 0));
                    document.add(PdfDocument.paragraph(
                            t(
                                    i18n,
                                    locale,
                                    "pdf.notes.held",
                                    dates.day(meeting.startsAt().toLocalDate(), locale),
                                    meeting.place()),
                            PdfDocument.BODY,
                            8));
                    if (meeting.invited() != null) {
                        document.add(PdfDocument.paragraph(
                                t(i18n, locale, "meetings.invited", meeting.invited()), PdfDocument.BODY, 2));
                    }
                    document.add(PdfDocument.paragraph(
                            t(
                                    i18n,
                                    locale,
                                    "meetings.notes.by",
                                    meeting.notesAuthorName(),
                                    dates.day(notesPublishedAt, locale)),
                            PdfDocument.SUBHEADING,
                            12));
                    for (String paragraph : notes.split("\\R")) {
                        if (!paragraph.isBlank()) {
                            document.add(PdfDocument.paragraph(paragraph, PdfDocument.BODY, 6));
                        }
                    }
                });
    }

    private static String t(I18NProvider i18n, Locale locale, String key, @Nullable Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
