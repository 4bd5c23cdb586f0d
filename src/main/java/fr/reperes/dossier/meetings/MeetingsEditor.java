package fr.reperes.dossier.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The référent's meetings for one young person: schedule one, publish the notes of one that took place. */
public final class MeetingsEditor extends Div {

    private final transient MeetingService meetings;
    private final Viewer viewer;
    private final long youngPersonId;
    private final transient DateTexts dates;

    public MeetingsEditor(MeetingService meetings, Viewer viewer, long youngPersonId, DateTexts dates) {
        this.meetings = meetings;
        this.dates = dates;
        this.viewer = viewer;
        this.youngPersonId = youngPersonId;
        addClassName("reperes-timeline");
        show();
    }

    private void show() {
        removeAll();
        YoungPersonMeetings all = meetings.meetings(viewer, youngPersonId);
        for (Meeting meeting : all.upcoming()) {
            Div card = card(meeting);
            card.add(new Paragraph(t("meetings.where", meeting.place())));
            add(card);
        }
        for (Meeting meeting : all.past()) {
            Div card = card(meeting);
            if (meeting.notesPublished()) {
                card.add(new Paragraph(meeting.notes()));
            } else {
                TextArea notes = new TextArea(t("meetings.editor.notes"));
                notes.setMaxLength(MeetingService.MAX_TEXT);
                notes.setWidthFull();
                FieldErrors notesErrors = new FieldErrors().field("notes", notes);
                Button publish = new Button(t("meetings.editor.publish-notes"), click -> {
                    try {
                        meetings.publishNotes(viewer, meeting.id(), notes.getValue());
                        Notification.show(t("meetings.editor.notes-published"))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        show();
                    } catch (InvalidInputException invalid) {
                        notesErrors.show(invalid);
                    }
                });
                card.add(notes, publish);
            }
            add(card);
        }
        add(scheduleForm());
    }

    private Div card(Meeting meeting) {
        Div card = new Div(new H3(t("meeting.kind." + meeting.kind().name()) + " · "
                + dates.day(meeting.startsAt().toLocalDate())));
        card.addClassName("reperes-card");
        return card;
    }

    private Details scheduleForm() {
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(t("meetings.editor.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> t("meeting.kind." + k.name()));
        DateTimePicker startsAt = ComponentTexts.dateTimePicker(t("meetings.editor.starts-at"));
        TextField place = new TextField(t("meetings.editor.place"));
        place.setMaxLength(MeetingService.MAX_PLACE);
        place.setWidthFull();
        TextField invited = new TextField(t("meetings.editor.invited"));
        invited.setMaxLength(MeetingService.MAX_INVITED);
        invited.setWidthFull();
        TextArea questions = new TextArea(t("meetings.questions"));
        questions.setMaxLength(MeetingService.MAX_TEXT);
        questions.setWidthFull();
        FieldErrors errors = new FieldErrors()
                .field("kind", kind)
                .field("startsAt", startsAt)
                .field("place", place)
                .field("invited", invited)
                .field("questions", questions);
        Button schedule = new Button(t("meetings.editor.schedule"), click -> {
            errors.clear();
            try {
                meetings.schedule(
                        viewer,
                        youngPersonId,
                        new NewMeeting(
                                kind.getValue(),
                                startsAt.getValue(),
                                place.getValue(),
                                invited.getValue(),
                                questions.getValue()));
                Notification.show(t("meetings.editor.scheduled")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(kind, startsAt, place, invited, questions, schedule);
        form.addClassName("reperes-form");
        return new Details(t("meetings.editor.new"), form);
    }

    private static String t(String key, @Nullable Object... params) {
        return I18NProvider.translate(key, params);
    }
}
