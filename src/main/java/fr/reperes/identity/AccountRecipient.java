package fr.reperes.identity;

import org.jspecify.annotations.Nullable;

/** An account that may be notified: the viewer it acts as, and its e-mail address if known. */
public record AccountRecipient(Viewer viewer, @Nullable String email) {}
