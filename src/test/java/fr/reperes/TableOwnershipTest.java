package fr.reperes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each table has one owning module, written in that module's package-info.java ("Tables: ..."); a module's SQL
 * reads and writes its own tables only, and reaches another module's data through its API or through a read-only
 * view the owner publishes ("Publishes ...").
 */
@IntegrationTest
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/reperes");
    private static final Pattern TABLES = Pattern.compile("\\* Tables: ([^.]*)\\.");
    private static final Pattern VIEWS =
            Pattern.compile("\\* Publishes[^:]*: ([^.]*(?:\\.sql[^.]*)?)\\.\\s*\\n \\*/", Pattern.DOTALL);
    private static final Pattern SQL_REFERENCE =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|DELETE FROM)\\s+([A-Za-z_]+)\\b", Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableHasExactlyOneOwnerAndEveryViewIsPublished() throws IOException {
        Map<String, String> owners = owners(TABLES);
        Map<String, String> published = owners(VIEWS);
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'
                          AND table_name <> 'flyway_schema_history'""").query(String.class).list();
        List<String> views = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_type = 'VIEW'""").query(String.class).list();

        assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(views);
    }

    @Test
    void aModuleQueriesOnlyItsOwnTablesAndPublishedViews() throws IOException {
        Map<String, String> owners = owners(TABLES);
        Set<String> views = owners(VIEWS).keySet();
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                Matcher reference = SQL_REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    String table = reference.group(1);
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(module) && !views.contains(table)) {
                        trespasses.add(module + " (" + file.getFileName() + ") reads " + owner + "'s " + table);
                    }
                    // MariaDB lets one write through a single-table view: published means read-only by contract.
                    if (views.contains(table)
                            && !reference.group().toUpperCase(Locale.ROOT).startsWith("FROM")
                            && !reference.group().toUpperCase(Locale.ROOT).startsWith("JOIN")) {
                        trespasses.add(module + " (" + file.getFileName() + ") writes through the view " + table);
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    /** Table or view name, case as in the database, to the module whose package-info names it. */
    private static Map<String, String> owners(Pattern declaration) throws IOException {
        Map<String, String> owners = new HashMap<>();
        Set<String> twice = new HashSet<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path info = module.resolve("package-info.java");
                if (!Files.exists(info)) {
                    continue;
                }
                Matcher matcher = declaration.matcher(Files.readString(info));
                if (!matcher.find()) {
                    continue;
                }
                String list = matcher.group(1)
                        .replaceAll("\\(V\\d+__[a-z_]+\\.sql\\)", "")
                        .replaceAll("\\s*\\n\\s*\\*\\s*", " ");
                for (String name : list.split(",")) {
                    String table = name.replaceAll(".*:", "").trim();
                    if (table.isEmpty() || table.equals("none")) {
                        continue;
                    }
                    if (owners.put(table, module.getFileName().toString()) != null) {
                        twice.add(table);
                    }
                }
            }
        }
        assertThat(twice).as("tables claimed by two modules").isEmpty();
        return owners;
    }
}
