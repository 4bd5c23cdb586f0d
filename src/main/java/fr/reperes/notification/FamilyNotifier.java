package fr.reperes.notification;

import fr.reperes.dossier.CarePlanPublished;
import fr.reperes.dossier.MeetingNotesPublished;
import fr.reperes.dossier.PlacementTextsWithheld;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the family once the publication is committed: never about something that was rolled back. */
@Component
class FamilyNotifier {

    private final Notifications notifications;

    FamilyNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CarePlanPublished event) {
        notifications.tellFamily(event.youngPersonId(), NotificationKind.CARE_PLAN_PUBLISHED);
    }

    /** The référent reviews what was withheld from the parents under an anonymity order. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PlacementTextsWithheld event) {
        notifications.tellReferent(event.youngPersonId(), NotificationKind.PLACEMENT_TEXTS_WITHHELD);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(MeetingNotesPublished event) {
        notifications.tellFamily(event.youngPersonId(), NotificationKind.MEETING_NOTES_PUBLISHED);
    }
}
