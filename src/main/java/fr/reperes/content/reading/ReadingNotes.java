package fr.reperes.content.reading;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.content.ReadingPage;
import fr.reperes.identity.Viewer;
import java.util.ArrayList;
import java.util.List;

/** What a reader should know before a page: it is in French instead of their language, or follows an older French. */
final class ReadingNotes {

    static final String CLASS_NAME = "reperes-reading-note";

    private ReadingNotes() {}

    static List<Component> of(Viewer viewer, ReadingPage page) {
        List<Component> notes = new ArrayList<>();
        if (page.inFrenchInstead()) {
            notes.add(note(I18NProvider.translate(
                    viewer.audience().key("content.reading.in-french"),
                    I18NProvider.translate(page.asked().nameKey()))));
        }
        if (page.behindFrench()) {
            notes.add(note(I18NProvider.translate(viewer.audience().key("content.reading.behind"))));
        }
        return notes;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName(CLASS_NAME);
        return note;
    }
}
