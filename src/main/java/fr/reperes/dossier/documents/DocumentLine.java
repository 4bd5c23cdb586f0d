package fr.reperes.dossier.documents;

import java.time.LocalDate;

/** A document in a list: never its content. */
public record DocumentLine(long id, DocumentKind kind, String title, LocalDate date, int sizeBytes, boolean shared) {}
