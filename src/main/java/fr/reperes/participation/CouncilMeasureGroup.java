package fr.reperes.participation;

import fr.reperes.dossier.MeasureKind;
import org.jspecify.annotations.Nullable;

/**
 * The kind of measure a member is followed under, as a council's balance counts it: living away from home (a
 * placement), followed at home (AED, AEMO, MJIE...), or a young adult's accompaniment. Read from the member's latest
 * measure (the dossier's published dossier_measure_view), never shown per member.
 */
public enum CouncilMeasureGroup {
    AWAY_FROM_HOME,
    AT_HOME,
    YOUNG_ADULT,
    NONE;

    public static CouncilMeasureGroup of(@Nullable MeasureKind kind) {
        if (kind == null) {
            return NONE;
        }
        if (kind == MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR) {
            return YOUNG_ADULT;
        }
        return kind.placement() ? AWAY_FROM_HOME : AT_HOME;
    }
}
