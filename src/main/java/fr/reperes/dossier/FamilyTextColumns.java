package fr.reperes.dossier;

import java.util.List;

/**
 * Each module lists the columns it writes that a parent can read; a new one that is not listed fails
 * FamilyTextRegistryTest, and a listed one is checked again at every change of the order or the placement.
 */
public interface FamilyTextColumns {

    List<FamilyTextColumn> familyTextColumns();
}
