package fr.reperes.shell;

import fr.reperes.identity.Viewer;
import java.util.Map;

/**
 * Where the words explained under every page come from: the lexique the département publishes (the content module
 * offers it). A page whose root component has the class {@link #NO_PAGE_WORDS} (the lexique itself) needs none.
 */
public interface LexiconSource {

    String NO_PAGE_WORDS = "reperes-no-page-words";

    /** The lexique's words by key, for {@code viewer}; empty for an identity without an account. */
    Map<String, LexiconWord> words(Viewer viewer);
}
