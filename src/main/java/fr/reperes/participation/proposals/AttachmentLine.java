package fr.reperes.participation.proposals;

/** A PDF joined to a proposal. */
public record AttachmentLine(long id, String fileName, int sizeBytes) {}
