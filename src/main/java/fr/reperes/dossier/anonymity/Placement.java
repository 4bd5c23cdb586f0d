package fr.reperes.dossier.anonymity;

import fr.reperes.dossier.PlacementKind;

/**
 * Where a placed young person lives. When the viewer may not know it (a judge's anonymity order and a parent
 * viewer), {@code withheld} is true and name, address and phone are null: they never leave the service.
 */
public record Placement(PlacementKind kind, String name, String address, String phone, boolean withheld) {

    public static Placement withheld(PlacementKind kind) {
        return new Placement(kind, null, null, null, true);
    }
}
