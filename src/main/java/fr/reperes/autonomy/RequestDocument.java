package fr.reperes.autonomy;

/** A PDF joined to a request. */
public record RequestDocument(long id, String fileName, int sizeBytes) {
}
