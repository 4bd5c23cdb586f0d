package fr.reperes.dossier.documents;

import java.time.LocalDate;

/** A file a référent adds to a young person's file. */
public record NewDocument(DocumentKind kind, String title, LocalDate date, String fileName, byte[] content) {}
