package fr.reperes.dossier;

public enum ContactKind {
    EDUCATOR,
    LAWYER,
    JUDGE,
    MDPH_REFERENT
}
