package fr.reperes.access;

/**
 * What a viewer asks of the département's written content (livrets d'accueil, the rights guide, the evaluation
 * leaflet, the lexique), each decided on its own. Content is written for everyone the département follows; it is
 * about no one, so reading it goes to no young person's journal.
 */
public enum ContentInformation {
    /** The published pages, their earlier published versions, a book's PDF, the search. */
    READING,
    /** Drafts, previews, publishing, the history of who published what. */
    EDITING
}
