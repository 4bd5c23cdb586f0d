package fr.reperes.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A published version is never changed: no main source (Java, SQL migrations after V27, which created the table)
 * holds an UPDATE of content_version or a DELETE from it, written on one line or spread over several.
 */
class ContentVersionsNeverChangeTest {

    private static final Pattern CHANGE = Pattern.compile(
            "\\bUPDATE\\s+(IGNORE\\s+)?content_version\\b|\\bDELETE\\s+(\\w+\\s+)?FROM\\s+content_version\\b"
                    + "|\\bREPLACE\\s+(INTO\\s+)?content_version\\b|\\bTRUNCATE\\s+(TABLE\\s+)?content_version\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noMainSourceUpdatesOrDeletesAPublishedVersion() throws IOException {
        List<Path> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offending = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> CHANGE.matcher(joined(f)).find())
                    .toList();
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theCheckFindsTheStatementsItIsAbout() {
        assertThat(List.of(
                        "UPDATE content_version SET body = ''",
                        "update\n  content_version set title = :t",
                        "DELETE FROM content_version WHERE id = 1",
                        "\"DELETE v FROM content_version v\"",
                        "REPLACE INTO content_version VALUES ()",
                        "TRUNCATE TABLE content_version"))
                .allMatch(sql -> CHANGE.matcher(sql).find());
        assertThat(List.of("DELETE FROM content_draft", "UPDATE content_page SET position = 1", "content_version_x"))
                .noneMatch(sql -> CHANGE.matcher(sql).find());
    }

    /** The file's text with Java string concatenations undone, so that "UPDATE " + "content_version" is seen. */
    private static String joined(Path file) {
        try {
            return Files.readString(file).replaceAll("\"\\s*\\+\\s*\"", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
