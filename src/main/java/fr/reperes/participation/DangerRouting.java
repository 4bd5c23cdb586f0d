package fr.reperes.participation;

/**
 * Where a text that reveals a danger went, as the animateur learns it: to the author's référent, or to the
 * département's duty address. Never who the référent is (the author reads that; the animateur need not).
 */
public record DangerRouting(long id, boolean toReferent) {}
