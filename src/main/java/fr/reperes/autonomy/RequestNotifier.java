package fr.reperes.autonomy;

import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the young person, once the change is committed, that their request moved on (under review, commission,
 * decision). Their own sending is not news to them.
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
        if (event.status() != RequestStatus.SUBMITTED) {
            notifications.tellYoungPerson(event.youngPersonId(), NotificationKind.REQUEST_UPDATED);
        }
    }
}
