package fr.reperes.dossier;

/** A new PPE version is published: the family is told. */
public record CarePlanPublished(long youngPersonId, int number) {}
