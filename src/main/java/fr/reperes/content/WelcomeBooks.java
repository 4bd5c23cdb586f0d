package fr.reperes.content;

import fr.reperes.dossier.MeasureKind;

/**
 * Which livret d'accueil welcomes a kind of measure: the book whose code is {@code WELCOME_<group>}. Every placement
 * ordered by the judge (OPP, placement judiciaire, tiers digne de confiance) shares the placement livret; the two
 * AEMO share one; every other kind has its own, which a département may or may not write.
 */
public final class WelcomeBooks {

    private WelcomeBooks() {}

    public static String codeFor(MeasureKind kind) {
        return "WELCOME_"
                + switch (kind) {
                    case OPP, PLACEMENT_JUDICIAIRE, TDC -> "PLACEMENT";
                    case AEMO, AEMO_RENFORCEE -> "AEMO";
                    default -> kind.name();
                };
    }
}
