package fr.reperes.dossier.anonymity;

import fr.reperes.dossier.PlacementKind;
import org.jspecify.annotations.Nullable;

/**
 * Where a placed young person lives. When the viewer may not know it (a judge's anonymity order and a parent
 * viewer), {@code withheld} is true and name, address and phone are null: they never leave the service.
 */
public record Placement(
        PlacementKind kind,
        @Nullable String name,
        @Nullable String address,
        @Nullable String phone,
        boolean withheld) {

    public static Placement withheld(PlacementKind kind) {
        return new Placement(kind, null, null, null, true);
    }
}
