package fr.reperes.content;

import fr.reperes.identity.Role;
import org.jspecify.annotations.Nullable;

/** Whom a page speaks to: a young person ("tu"), a parent ("vous"), or everyone. */
public enum PageAudience {
    ALL,
    YOUNG,
    PARENT;

    /** Whether a reader of {@code role} is shown the page: professionals read every page, to explain it. */
    public boolean shownTo(@Nullable Role role) {
        return this == ALL || role == null || (this == YOUNG ? role != Role.PARENT : role != Role.JEUNE);
    }
}
