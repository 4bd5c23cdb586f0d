package fr.reperes.participation;

import fr.reperes.identity.Role;

/** Who a council is made of. */
public enum CouncilKind {
    /** Conseil des jeunes: young people followed by the ASE. */
    YOUTH(Role.JEUNE),
    /** Conseil des parents (usagers): parents of young people followed by the ASE. */
    PARENTS(Role.PARENT);

    private final Role members;

    CouncilKind(Role members) {
        this.members = members;
    }

    /** The role of the people who may sit on it. */
    public Role members() {
        return members;
    }
}
