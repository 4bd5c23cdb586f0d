package fr.reperes.dossier.anonymity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A text withheld from the parents because it named the placement when an anonymity order was made or the placement
 * changed; {@code text} is null for a PDF (the référent opens it from the documents).
 */
public record WithheldText(
        long id, String source, String rowKey, @Nullable String text, Instant withheldAt) {}
