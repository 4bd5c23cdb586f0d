package fr.reperes.autonomy.request;

import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.YoungAdultRequestMoved;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once the change is committed, and after the click: the référent is told that a request arrived, and the young
 * person that their request moved on (under review, commission, decision). A request reaches each status once, so
 * the request and the status name the occasion: handed the same move again (failure, restart), nobody is told twice.
 */
@Component
class RequestNotifier {

    private final Notifications notifications;

    RequestNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(YoungAdultRequestMoved event) {
        String occasion = "request:" + event.requestId() + ":" + event.status().name();
        if (event.status() == RequestStatus.SUBMITTED) {
            notifications.tellReferent(event.youngPersonId(), NotificationKind.REQUEST_SUBMITTED, occasion);
        } else {
            notifications.tellYoungPerson(event.youngPersonId(), NotificationKind.REQUEST_UPDATED, occasion);
        }
    }
}
