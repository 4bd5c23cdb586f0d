package fr.reperes.participation;

import org.jspecify.annotations.Nullable;

/**
 * Where a text that reveals a danger went.
 *
 * @param referentName the author's référent, who was told; null when it went to the département's duty address
 */
public record DangerRouting(long id, @Nullable String referentName) {

    public boolean toReferent() {
        return referentName != null;
    }
}
