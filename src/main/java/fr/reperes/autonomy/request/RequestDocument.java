package fr.reperes.autonomy.request;

/** A PDF joined to a request. */
public record RequestDocument(long id, String fileName, int sizeBytes) {}
