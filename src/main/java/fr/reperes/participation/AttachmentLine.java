package fr.reperes.participation;

/** A PDF joined to a proposal. */
public record AttachmentLine(long id, String fileName, int sizeBytes) {}
