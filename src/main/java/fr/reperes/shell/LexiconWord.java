package fr.reperes.shell;

/**
 * A word of the département's lexique as "Les mots de cette page" explains it.
 *
 * @param key         the entry's key ({@link Lexicon})
 * @param term        the word as the lexique names it ("PPE", "Assistant familial, assistante familiale")
 * @param definition  plain text, in the reader's language where the lexique has it
 */
public record LexiconWord(String key, String term, String definition) {}
