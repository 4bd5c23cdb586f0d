package fr.reperes.identity;

import org.jspecify.annotations.Nullable;

/** An account; {@code active} once an identity signs in with it; {@code email} may be null. */
public record AccountSummary(
        long id,
        Role role,
        String displayName,
        @Nullable Long youngPersonId,
        @Nullable Long parentId,
        @Nullable Long professionalId,
        boolean active,
        @Nullable String email) {}
