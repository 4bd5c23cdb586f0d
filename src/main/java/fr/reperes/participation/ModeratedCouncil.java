package fr.reperes.participation;

/** A council the animateur runs. */
public record ModeratedCouncil(long id, String name) {}
