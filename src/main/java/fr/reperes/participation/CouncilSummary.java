package fr.reperes.participation;

import org.jspecify.annotations.Nullable;

/**
 * A council as anyone let near it may know it: its name, who it is made of and, for a territory's council, the
 * territory.
 */
public record CouncilSummary(
        long id, String name, CouncilKind kind, @Nullable String territory) {}
