package fr.reperes.dossier.meetings;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.reactions.ReactionPanel;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.dossier.reactions.ReactionSubject;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.Audience;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.ReadAloud;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.PdfDownloads;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** "Mes rendez-vous": the next meeting with its countdown and questions to prepare, then the notes of past ones. */
@Route(MeetingsView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.meetings", order = 15, icon = "vaadin:calendar")
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "rendez-vous";

    private final String title;

    MeetingsView(CurrentViewer currentViewer, MeetingService meetings, ReactionService reactions, DateTexts dates) {
        Viewer viewer = currentViewer.require();
        Audience audience = viewer.audience();
        setMaxWidth("56rem");
        var all = meetings.mine(viewer);
        List<String> names = all.stream().map(YoungPersonMeetings::firstName).toList();
        title = getTranslation(
                audience.key("meetings.title"), BundleTranslations.names(names, getLocale()), names.size());
        add(new H1(title));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation(audience.key("measures.none-open"))));
        }
        for (YoungPersonMeetings child : all) {
            if (all.size() > 1) {
                add(new H2(getTranslation("meetings.of", child.firstName())));
            }
            if (child.upcoming().isEmpty()) {
                add(new Paragraph(getTranslation("meetings.none-upcoming")));
            }
            for (Meeting meeting : child.upcoming()) {
                Div card = new Div(
                        new H3(getTranslation("meeting.kind." + meeting.kind().name())));
                card.addClassName("reperes-card");
                card.add(new Paragraph(getTranslation(
                        "meetings.when",
                        dates.day(meeting.startsAt().toLocalDate()),
                        dates.time(meeting.startsAt()),
                        dates.until(meeting.startsAt().toLocalDate()))));
                card.add(new Paragraph(
                        meeting.place() == null
                                ? getTranslation("meetings.where.withheld")
                                : getTranslation("meetings.where", meeting.place())));
                if (meeting.invited() != null) {
                    card.add(new Paragraph(getTranslation("meetings.invited", meeting.invited())));
                }
                if (meeting.questions() != null) {
                    Paragraph questions = new Paragraph(meeting.questions());
                    questions.addClassName("reperes-notes");
                    card.add(new H3(getTranslation("meetings.questions")), questions);
                }
                add(StaticHtml.mark(card));
            }
            for (Meeting meeting : child.past()) {
                // The heading and the notes are read only; the buttons, the PDF and the answer stay components.
                Div heading = StaticHtml.mark(new Div(
                        new H3(getTranslation("meeting.kind." + meeting.kind().name()) + " · "
                                + dates.day(meeting.startsAt().toLocalDate()))));
                Div card = new Div(heading);
                card.addClassName("reperes-card");
                Instant notesPublishedAt = meeting.notesPublishedAt();
                if (notesPublishedAt != null) {
                    heading.add(new Paragraph(getTranslation(
                            "meetings.notes.by", meeting.notesAuthorName(), dates.day(notesPublishedAt))));
                    Paragraph notes = new Paragraph(meeting.notes());
                    notes.addClassName("reperes-notes");
                    notes.setId("compte-rendu-" + meeting.id());
                    card.add(ReadAloud.button(notes.getId().orElseThrow()));
                    long youngPersonId = child.youngPersonId();
                    Locale locale = getLocale();
                    card.add(new Anchor(
                            PdfDownloads.pdf(
                                    "compte-rendu-" + meeting.id() + ".pdf",
                                    () -> meetings.notesPdf(viewer, youngPersonId, meeting.id(), locale)),
                            getTranslation("meetings.notes.download")));
                    card.add(
                            StaticHtml.mark(new Div(notes)),
                            new ReactionPanel(
                                    reactions,
                                    viewer,
                                    child.youngPersonId(),
                                    ReactionSubject.MEETING_NOTES,
                                    meeting.id(),
                                    dates));
                } else {
                    heading.add(new Paragraph(getTranslation("meetings.notes.not-yet")));
                }
                add(card);
            }
        }
        StaticHtml.freezeMarked(this);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
