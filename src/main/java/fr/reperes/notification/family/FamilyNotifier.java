package fr.reperes.notification.family;

import fr.reperes.dossier.CarePlanPublished;
import fr.reperes.dossier.MeetingNotesPublished;
import fr.reperes.dossier.PlacementTextsWithheld;
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

    @ApplicationModuleListener
    void on(MeetingNotesPublished event) {
        notifications.tellFamily(
                event.youngPersonId(), NotificationKind.MEETING_NOTES_PUBLISHED, "meeting-notes:" + event.meetingId());
    }
}
