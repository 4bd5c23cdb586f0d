package fr.reperes.identity;

import fr.reperes.platform.Audience;

/** What a signed-in account is to the département. */
public enum Role {
    /** A young person followed by the ASE (child or young adult). */
    JEUNE,
    /** A parent or guardian of a young person. */
    PARENT,
    /** A professional of the ASE following young people (référent), or heading a service. */
    REFERENT,
    /** Facilitator of the youth council. */
    ANIMATEUR,
    /** Analyst of the ODPE (observatoire départemental de la protection de l'enfance). */
    OBSERVATOIRE,
    /** Administrator of the portal for the département. */
    ADMIN;

    /** Whom a text addresses when this role reads it: "tu" to a young person, "vous" to a parent or professional. */
    public Audience audience() {
        return switch (this) {
            case JEUNE -> Audience.YOUNG;
            case PARENT -> Audience.PARENT;
            default -> Audience.PROFESSIONAL;
        };
    }

    /** Spring Security authority, as checked by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
