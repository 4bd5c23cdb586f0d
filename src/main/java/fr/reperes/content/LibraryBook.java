package fr.reperes.content;

/**
 * A book of the département as a reader finds it in the list: its title in the reader's language, in French where it
 * has none.
 */
public record LibraryBook(long id, String code, BookKind kind, String title, PageLanguage titleLanguage) {}
