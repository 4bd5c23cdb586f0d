package fr.reperes.notification;

import fr.reperes.access.InformationKind;

/**
 * Why the family is told, and the kind of information a recipient must be allowed to see. The autonomy pathway's
 * kinds are told to the young person alone ({@link Notifications#tellYoungPerson}) and lead to "Mon projet
 * d'autonomie".
 */
public enum NotificationKind {
    CARE_PLAN_PUBLISHED(InformationKind.CARE_PLAN, "ppe"),
    MEETING_NOTES_PUBLISHED(InformationKind.MEETINGS_AND_NOTES, "rendez-vous"),
    MEETING_SOON(InformationKind.MEETINGS_AND_NOTES, "rendez-vous"),
    AUTONOMY_SPACE_OPEN(InformationKind.AUTONOMY, "autonomie"),
    INTERVIEW_DUE(InformationKind.AUTONOMY, "autonomie"),
    REQUEST_NOT_SUBMITTED(InformationKind.AUTONOMY, "autonomie"),
    REQUEST_UPDATED(InformationKind.AUTONOMY, "autonomie"),
    CONTRACT_ENDING(InformationKind.AUTONOMY, "autonomie"),
    FOLLOW_UP_INTERVIEW(InformationKind.AUTONOMY, "autonomie"),
    /** For the référent: a young person sent a request for a contrat jeune majeur. */
    REQUEST_SUBMITTED(InformationKind.AUTONOMY, "autonomie-suivi"),
    /**
     * For the référent: texts the parents could read named the placement when an anonymity order was made or the
     * placement changed; they are withheld until reviewed on the young person's page.
     */
    PLACEMENT_TEXTS_WITHHELD(InformationKind.IDENTITY, "jeune/{id}"),
    /** For the author of a reaction to a PPE version: the référent answered it. */
    CARE_PLAN_REACTION_ANSWERED(InformationKind.CARE_PLAN, "ppe"),
    /** For the author of a reaction to meeting notes: the référent answered it. */
    NOTES_REACTION_ANSWERED(InformationKind.MEETINGS_AND_NOTES, "rendez-vous"),
    /** The référent shared a document of the file with the family. */
    DOCUMENT_SHARED(InformationKind.DOCUMENTS, "documents"),
    /** A meeting moved to another date or place; the notification never says where. */
    MEETING_MOVED(InformationKind.MEETINGS_AND_NOTES, "rendez-vous"),
    /**
     * For the members of a council: the département's answer to a proposal the council adopted changed (a first
     * answer, a new status or a progress update). About the council, not a file: told through
     * {@link Notifications#tellAccounts}, with the answer's page as its link.
     */
    COUNCIL_ANSWER_CHANGED(InformationKind.COUNCIL_MEMBERSHIP, "conseil"),
    /**
     * For the référent: the council's animateur judged that a text their young person wrote in the council reveals a
     * danger to a child. The bell says only that a message from the council needs their attention; the page says more.
     */
    COUNCIL_MESSAGE(InformationKind.COUNCIL_MEMBERSHIP, "signalement-conseil/{id}"),
    /**
     * For the author of a council text the animateur routed as a danger: it was passed to a professional, who will
     * contact them. The bell line never holds the text; the proposal's page (its link) says who. Told through
     * {@link Notifications#tellAccounts}.
     */
    COUNCIL_TEXT_ROUTED(InformationKind.COUNCIL_MEMBERSHIP, "conseil"),
    /**
     * For the référent: nobody of the family said they received and read the livret d'accueil of a measure within the
     * time set (content module's reminder); the young person's page shows who was offered it.
     */
    LIVRET_NOT_ACKNOWLEDGED(InformationKind.MEASURES, "jeune/{id}"),
    /** For the family, once: the livret d'accueil of a measure is still there to read, on the home page. */
    LIVRET_WAITING(InformationKind.MEASURES, "");

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

    /**
     * Whether a mail follows the bell line. Not when a council member's text was passed to a professional as a danger:
     * the danger may be at home, and a mail, even without content, may be read there before the professional calls.
     */
    public boolean mailed() {
        return this != COUNCIL_TEXT_ROUTED;
    }

    /** The page the notification opens, for this young person when the kind leads to their file. */
    String link(long youngPersonId) {
        return link.replace("{id}", Long.toString(youngPersonId));
    }
}
