package fr.reperes.autonomy;

import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once the change is committed: the référent is told that a request arrived, and the young person that their request
 * moved on (under review, commission, decision).
 */
@Component
class RequestNotifier {

    private final Notifications notifications;

    RequestNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(YoungAdultRequestMoved event) {
        if (event.status() == RequestStatus.SUBMITTED) {
            notifications.tellReferent(event.youngPersonId(), NotificationKind.REQUEST_SUBMITTED);
        } else {
            notifications.tellYoungPerson(event.youngPersonId(), NotificationKind.REQUEST_UPDATED);
        }
    }
}
