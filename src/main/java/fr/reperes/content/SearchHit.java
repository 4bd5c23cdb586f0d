package fr.reperes.content;

/** A page whose latest version holds the words searched, with the words in their context (plain text). */
public record SearchHit(
        String bookCode, String bookTitle, String slug, PageLanguage language, String title, String snippet) {}
