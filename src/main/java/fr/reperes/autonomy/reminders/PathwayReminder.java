package fr.reperes.autonomy.reminders;

import fr.reperes.notification.NotificationKind;

/**
 * A reminder of the pathway, as claimed in autonomy_reminder (its name is the claim's kind). The six- and
 * three-month reminders are two claims that tell the same thing, so that the second still goes out after the first.
 */
enum PathwayReminder {
    SPACE_OPEN(NotificationKind.AUTONOMY_SPACE_OPEN),
    INTERVIEW_DUE(NotificationKind.INTERVIEW_DUE),
    NO_REQUEST_6_MONTHS(NotificationKind.REQUEST_NOT_SUBMITTED),
    NO_REQUEST_3_MONTHS(NotificationKind.REQUEST_NOT_SUBMITTED),
    CONTRACT_ENDING(NotificationKind.CONTRACT_ENDING),
    FOLLOW_UP_INTERVIEW(NotificationKind.FOLLOW_UP_INTERVIEW);

    private final NotificationKind tells;

    PathwayReminder(NotificationKind tells) {
        this.tells = tells;
    }

    NotificationKind tells() {
        return tells;
    }
}
