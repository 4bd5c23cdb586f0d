package fr.reperes.autonomy;

import fr.reperes.access.DomainTagged;
import org.jspecify.annotations.Nullable;

/**
 * The young person's own answer for one domain of the grid.
 *
 * @param comment            their own words; null when they are not for the reader
 * @param sharedWithParents  the young person chose to share the comment with their parents
 */
public record Assessment(
        AutonomyDomain domain,
        AutonomyLevel level,
        @Nullable String comment,
        boolean sharedWithParents) implements DomainTagged {

    public Assessment(AutonomyDomain domain, AutonomyLevel level, @Nullable String comment) {
        this(domain, level, comment, false);
    }
}
