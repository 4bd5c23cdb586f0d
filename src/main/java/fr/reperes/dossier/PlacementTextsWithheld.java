package fr.reperes.dossier;

import java.time.Instant;

/**
 * Texts a parent could read named the placement when an anonymity order was made or the placement changed: they are
 * withheld from the parents, and the référent must review them. {@code checkedAt} tells one recheck from another.
 */
public record PlacementTextsWithheld(long youngPersonId, int count, Instant checkedAt) {}
