package fr.reperes.content;

/** What a book is for, which decides where the portal offers it. */
public enum BookKind {
    /** The livret d'accueil of a kind of measure, offered at the first sign-in after such a measure begins. */
    WELCOME,
    /** The rights guide: the pages that apply are chosen by measure, age and role ({@code droits}). */
    RIGHTS,
    /** The leaflet on the evaluation process (information préoccupante). */
    EVALUATION,
    /** The lexique: one page per word of the trade, its slug the term's key. */
    GLOSSARY,
    /** Any other book the département writes. */
    OTHER
}
