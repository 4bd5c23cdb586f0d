package fr.reperes.identity;

/** An account; {@code active} once an identity signs in with it; {@code email} may be null. */
public record AccountSummary(long id, Role role, String displayName, Long youngPersonId, Long parentId,
                             Long professionalId, boolean active, String email) {
}
