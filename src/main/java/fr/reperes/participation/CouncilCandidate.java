package fr.reperes.participation;

/** A young person or a parent of the département the animateur may invite, found by name. */
public record CouncilCandidate(long id, String fullName) {}
