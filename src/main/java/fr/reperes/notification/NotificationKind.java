package fr.reperes.notification;

import fr.reperes.access.InformationKind;

/** Why the family is told, and the kind of information a recipient must be allowed to see. */
public enum NotificationKind {
    CARE_PLAN_PUBLISHED(InformationKind.CARE_PLAN, "ppe"),
    MEETING_NOTES_PUBLISHED(InformationKind.MEETINGS_AND_NOTES, "rendez-vous"),
    MEETING_SOON(InformationKind.MEETINGS_AND_NOTES, "rendez-vous");

    private final InformationKind requires;
    private final String link;

    NotificationKind(InformationKind requires, String link) {
        this.requires = requires;
        this.link = link;
    }

    InformationKind requires() {
        return requires;
    }

    String link() {
        return link;
    }
}
