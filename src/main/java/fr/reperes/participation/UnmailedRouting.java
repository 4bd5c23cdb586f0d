package fr.reperes.participation;

import java.time.Instant;

/**
 * A text routed to the CRIP whose mail has not gone: the animateur calls the CRIP and reads it to them, so they get
 * the text and the author's first name again (they read both when they routed it), and nothing more.
 */
public record UnmailedRouting(Instant routedAt, String firstName, String text) {}
