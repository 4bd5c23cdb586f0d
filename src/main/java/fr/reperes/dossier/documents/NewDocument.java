package fr.reperes.dossier.documents;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A file a référent adds to a young person's file. */
public record NewDocument(
        DocumentKind kind,
        String title,
        LocalDate date,
        @Nullable String fileName,
        byte @Nullable [] content) {}
