package fr.reperes.dossier;

public enum Kinship {
    MOTHER,
    FATHER,
    GUARDIAN
}
