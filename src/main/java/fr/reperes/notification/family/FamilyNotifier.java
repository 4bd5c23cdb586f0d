package fr.reperes.notification.family;

import fr.reperes.access.InformationKind;
import fr.reperes.dossier.CarePlanPublished;
import fr.reperes.dossier.DocumentShared;
import fr.reperes.dossier.MeetingNotesPublished;
import fr.reperes.dossier.MeetingRescheduled;
import fr.reperes.dossier.PlacementTextsWithheld;
import fr.reperes.dossier.ReactionAnswered;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the family once the publication is committed: never about something that was rolled back, and never during
 * the référent's click. The event publication registry keeps each event with the publication until this listener
 * completed, and hands it again after a failure or a restart: the occasion (the version, the meeting) makes a second
 * run tell nobody twice.
 */
@Component
class FamilyNotifier {

    private final Notifications notifications;

    FamilyNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CarePlanPublished event) {
        notifications.tellFamily(
                event.youngPersonId(), NotificationKind.CARE_PLAN_PUBLISHED, "care-plan:" + event.number());
    }

    /** The référent reviews what was withheld from the parents under an anonymity order. */
    @ApplicationModuleListener
    void on(PlacementTextsWithheld event) {
        notifications.tellReferent(
                event.youngPersonId(),
                NotificationKind.PLACEMENT_TEXTS_WITHHELD,
                "placement-texts-withheld:" + event.checkedAt().toEpochMilli());
    }

    /** The author of the reaction alone, about the PPE or the notes the reaction was about. */
    @ApplicationModuleListener
    void on(ReactionAnswered event) {
        notifications.tellAuthor(
                event.authorAccountId(),
                event.youngPersonId(),
                event.about() == InformationKind.CARE_PLAN
                        ? NotificationKind.CARE_PLAN_REACTION_ANSWERED
                        : NotificationKind.NOTES_REACTION_ANSWERED,
                "reaction-answered:" + event.reactionId());
    }

    @ApplicationModuleListener
    void on(DocumentShared event) {
        notifications.tellFamily(
                event.youngPersonId(), NotificationKind.DOCUMENT_SHARED, "document-shared:" + event.documentId());
    }

    /** Every move is told, once; the bell says a meeting moved, never where to (an anonymity order hides the place). */
    @ApplicationModuleListener
    void on(MeetingRescheduled event) {
        notifications.tellFamily(
                event.youngPersonId(),
                NotificationKind.MEETING_MOVED,
                "meeting-moved:" + event.meetingId() + ":" + event.movedAt().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(MeetingNotesPublished event) {
        notifications.tellFamily(
                event.youngPersonId(), NotificationKind.MEETING_NOTES_PUBLISHED, "meeting-notes:" + event.meetingId());
    }
}
