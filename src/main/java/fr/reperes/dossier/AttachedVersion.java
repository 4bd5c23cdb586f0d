package fr.reperes.dossier;

/** A PPE version published to carry an attachment: its id and its number. */
public record AttachedVersion(long versionId, int number) {}
