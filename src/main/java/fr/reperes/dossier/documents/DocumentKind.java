package fr.reperes.dossier.documents;

public enum DocumentKind {
    JUDGMENT,
    SITUATION_REPORT,
    REPORT,
    OTHER
}
