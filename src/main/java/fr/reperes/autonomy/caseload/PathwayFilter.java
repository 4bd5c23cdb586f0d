package fr.reperes.autonomy.caseload;

import org.jspecify.annotations.Nullable;

/** The référent's view of their pathway list: everyone or only those at risk, and part of a name (optional). */
public record PathwayFilter(boolean alertsOnly, @Nullable String text) {

    public static PathwayFilter all() {
        return new PathwayFilter(false, null);
    }

    public static PathwayFilter atRisk() {
        return new PathwayFilter(true, null);
    }

    public PathwayFilter withAlertsOnly(boolean onlyAtRisk) {
        return new PathwayFilter(onlyAtRisk, text);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
