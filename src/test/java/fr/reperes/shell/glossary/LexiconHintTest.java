package fr.reperes.shell.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.shell.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The word each lexique entry looks for before running its pattern is only a shortcut: over every text the portal
 * shows (both bundles, every page the département's books ship with), an entry is found exactly where its pattern
 * alone finds it.
 */
class LexiconHintTest {

    @Test
    void theHintNeverHidesAWordThePatternFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            for (String line : Files.readAllLines(Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    texts.add(line.substring(equals + 1));
                }
            }
        }
        try (Stream<Path> pages = Files.walk(Path.of("src/main/resources/content/default"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(page, StandardCharsets.UTF_8));
            }
        }
        // Case and inflection: what the patterns accept beyond the bundles' own spelling.
        texts.addAll(List.of(
                "SYNTHÈSE",
                "Assistants Familiaux",
                "AUTORITÉ PARENTALE",
                "Actes non usuels",
                "contrat jeune majeur",
                "Entretien des 17 ans",
                "PÉCULES",
                "Missions locales",
                "Défenseur des Droits",
                "la Garantie Jeunes"));
        assertThat(texts).hasSizeGreaterThan(1000);
        int found = 0;
        for (String text : texts) {
            Set<String> byPatternsAlone = new LinkedHashSet<>();
            for (Lexicon.Entry entry : Lexicon.ENTRIES) {
                if (entry.calledBy() != null && entry.calledBy().matcher(text).find()) {
                    byPatternsAlone.add(entry.key());
                }
            }
            assertThat(Lexicon.calledBy(text)).as(text).containsExactlyElementsOf(byPatternsAlone);
            found += byPatternsAlone.size();
        }
        assertThat(found).as("entries found over all the texts").isGreaterThan(100);
    }
}
