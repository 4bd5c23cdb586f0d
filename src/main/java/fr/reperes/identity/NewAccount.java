package fr.reperes.identity;

import org.jspecify.annotations.Nullable;

/** An account to create for a person of the département; exactly one of the person ids matches the role. */
public record NewAccount(
        long departementId,
        Role role,
        String displayName,
        @Nullable Long youngPersonId,
        @Nullable Long parentId,
        @Nullable Long professionalId) {

    public NewAccount {
        int linked = (youngPersonId != null ? 1 : 0) + (parentId != null ? 1 : 0) + (professionalId != null ? 1 : 0);
        boolean consistent = switch (role) {
            case JEUNE -> youngPersonId != null && linked == 1;
            case PARENT -> parentId != null && linked == 1;
            case REFERENT -> professionalId != null && linked == 1;
            case ANIMATEUR, OBSERVATOIRE, ADMIN -> youngPersonId == null && parentId == null;
        };
        if (!consistent) {
            throw new IllegalArgumentException("An account of role " + role + " must be linked to the matching person");
        }
    }

    public static NewAccount youngPerson(long departementId, String displayName, long youngPersonId) {
        return new NewAccount(departementId, Role.JEUNE, displayName, youngPersonId, null, null);
    }

    public static NewAccount parent(long departementId, String displayName, long parentId) {
        return new NewAccount(departementId, Role.PARENT, displayName, null, parentId, null);
    }

    public static NewAccount professional(long departementId, Role role, String displayName, long professionalId) {
        return new NewAccount(departementId, role, displayName, null, null, professionalId);
    }
}
