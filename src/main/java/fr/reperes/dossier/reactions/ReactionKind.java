package fr.reperes.dossier.reactions;

/** What a young person or a parent answers to a PPE version or meeting notes. */
public enum ReactionKind {
    READ,
    DISAGREE,
    WANT_TO_TALK
}
