package fr.reperes.participation;

/** Declared by the member for the council's balance (CNPE rules); nobody has to say. */
public enum MemberSex {
    GIRL,
    BOY,
    OTHER,
    UNSAID
}
