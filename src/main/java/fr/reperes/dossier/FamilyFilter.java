package fr.reperes.dossier;

import fr.reperes.dossier.anonymity.PlacementSecrets;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a parent may not read of one young person's texts under an anonymity order: a text that names the placement,
 * or one withheld when the order was made or the placement changed, until the référent confirmed it safe. Each text
 * is known by its source ("meeting.notes", the table and column) and the key of its row. Services apply it to what
 * they read, never the views.
 */
public final class FamilyFilter {

    /** For every reader but a parent under an order. */
    public static final FamilyFilter NONE = new FamilyFilter(PlacementSecrets.NONE, Set.of(), Set.of());

    private final PlacementSecrets secrets;
    private final Set<String> withheld;
    private final Set<String> confirmed;

    FamilyFilter(PlacementSecrets secrets, Set<String> withheld, Set<String> confirmed) {
        this.secrets = secrets;
        this.withheld = Set.copyOf(withheld);
        this.confirmed = Set.copyOf(confirmed);
    }

    public boolean active() {
        return this != NONE;
    }

    /** Whether this text, read from {@code source} in row {@code rowKey}, must not reach the reader. */
    public boolean hides(String source, Object rowKey, @Nullable String text) {
        if (this == NONE) {
            return false;
        }
        String key = key(source, String.valueOf(rowKey));
        if (withheld.contains(key)) {
            return true;
        }
        return !confirmed.contains(key) && secrets.namedIn(text);
    }

    /** The text, or null when it must not reach the reader. */
    public @Nullable String show(String source, Object rowKey, @Nullable String text) {
        return hides(source, rowKey, text) ? null : text;
    }

    public static String key(String source, String rowKey) {
        return source + "#" + rowKey;
    }
}
