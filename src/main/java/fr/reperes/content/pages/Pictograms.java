package fr.reperes.content.pages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pictograms bundled with Repères (src/main/resources/META-INF/resources/pictograms/, listed with their licence in
 * its index.txt, one name a line): a page may show these and no other picture.
 */
public final class Pictograms {

    private static final String INDEX = "META-INF/resources/pictograms/index.txt";
    private static final Set<String> NAMES = load();

    private Pictograms() {}

    public static Set<String> names() {
        return NAMES;
    }

    private static Set<String> load() {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = Pictograms.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return Set.of();
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+", 2)[0])
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
