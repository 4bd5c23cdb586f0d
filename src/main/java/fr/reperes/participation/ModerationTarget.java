package fr.reperes.participation;

/** What the animateur moderates: a proposal as a whole, or one comment on it. */
public enum ModerationTarget {
    PROPOSAL,
    COMMENT
}
