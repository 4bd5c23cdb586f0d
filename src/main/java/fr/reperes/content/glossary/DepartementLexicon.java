package fr.reperes.content.glossary;

import fr.reperes.content.ContentLibrary;
import fr.reperes.content.GlossaryTerms;
import fr.reperes.content.ReadingPage;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.LexiconSource;
import fr.reperes.shell.LexiconWord;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The words "Les mots de cette page" explains, from the département's published lexique in the language the reader
 * chose (or in French): the term is the page's title, the definition its first paragraph.
 */
@Component
class DepartementLexicon implements LexiconSource {

    private final ContentLibrary library;

    DepartementLexicon(ContentLibrary library) {
        this.library = library;
    }

    @Override
    public Map<String, LexiconWord> words(Viewer viewer) {
        if (!viewer.hasAccount() || viewer.departementId() == null) {
            return Map.of();
        }
        Map<String, LexiconWord> words = new LinkedHashMap<>();
        for (ReadingPage page : library.lexicon(viewer, library.readingLanguage(viewer))) {
            words.put(
                    page.slug(), new LexiconWord(page.slug(), page.title(), GlossaryTerms.firstParagraph(page.body())));
        }
        return words;
    }
}
