package fr.reperes.dossier.reactions;

import fr.reperes.access.InformationKind;

/** What a reaction is about, and the kind of information it belongs to. */
public enum ReactionSubject {
    CARE_PLAN_VERSION(InformationKind.CARE_PLAN),
    MEETING_NOTES(InformationKind.MEETINGS_AND_NOTES);

    private final InformationKind kind;

    ReactionSubject(InformationKind kind) {
        this.kind = kind;
    }

    InformationKind informationKind() {
        return kind;
    }
}
