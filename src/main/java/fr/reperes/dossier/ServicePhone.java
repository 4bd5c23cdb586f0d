package fr.reperes.dossier;

/**
 * The ASE service that follows a child (its name and switchboard), told even to a parent the file is closed to: whom
 * to call about the child, it says nothing of where the child lives.
 */
public record ServicePhone(String name, String phone) {}
