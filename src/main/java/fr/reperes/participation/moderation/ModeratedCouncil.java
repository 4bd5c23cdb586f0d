package fr.reperes.participation.moderation;

/** A council the animateur runs. */
public record ModeratedCouncil(long id, String name) {}
