package fr.reperes.dossier;

public enum DocumentKind {
    JUDGMENT, SITUATION_REPORT, REPORT, OTHER
}
