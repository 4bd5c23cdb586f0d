package fr.reperes.dossier;

/** A document of the file is now shared with the family: those the policy allows are told. */
public record DocumentShared(long youngPersonId, long documentId) {}
