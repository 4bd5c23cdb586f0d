package fr.reperes.dossier;

import fr.reperes.access.AccessReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One child on a parent's home page. When the parent may not see the child's file, only the reason is given:
 * no name, no id, nothing of the child's file (not even which local team follows it).
 */
public record ChildCard(
        @Nullable Long youngPersonId,
        @Nullable String firstName,
        @Nullable Integer age,
        @Nullable ContactCard referent,
        AccessReason reason) {

    public boolean open() {
        return reason.grants();
    }

    /** The child's id, asked of an open card only: a closed one names no child. */
    public long openId() {
        return Objects.requireNonNull(youngPersonId, "only an open card names its child");
    }
}
