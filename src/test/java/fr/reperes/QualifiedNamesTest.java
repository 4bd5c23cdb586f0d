package fr.reperes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names a type by its simple name and imports it: a fully qualified name inline (java.util.Set in a method body)
 * is allowed only where the simple name is already taken in that file, by an import, a type of the file's own package
 * or a type declared in the file. Comments, strings, imports and the package line are not code.
 */
class QualifiedNamesTest {

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.$])((?:[a-z][a-z0-9_]*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern DECLARED =
            Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+([A-Z]\\w*)");

    @Test
    void codeImportsTheTypesItNames() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    inline.addAll(inlineQualifiedNames(file));
                }
            }
        }
        assertThat(inline)
                .as("fully qualified names inline: import the type instead")
                .isEmpty();
    }

    @Test
    void theCheckSeesAQualifiedNameInCodeButNotInCommentsOrStrings() {
        String source = """
                package fr.reperes.example;

                import java.util.List;

                /** See {@link java.util.Set}. */
                class Example {
                    // java.util.Map in a comment
                    String text = "java.util.Map in a string";
                    java.util.Set<Long> ids;
                    java.awt.List awtList; // List is taken by the import: the qualified name is needed here
                }
                """;
        assertThat(inlineQualifiedNames(Path.of("Example.java"), source))
                .containsExactly("Example.java:9: java.util.Set");
    }

    private static List<String> inlineQualifiedNames(Path file) throws IOException {
        return inlineQualifiedNames(file, Files.readString(file));
    }

    private static List<String> inlineQualifiedNames(Path file, String source) {
        String code = withoutCommentsAndLiterals(source);
        Map<String, String> taken = new HashMap<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            taken.put(imports.group(2), imports.group(1));
        }
        Matcher declared = DECLARED.matcher(code);
        while (declared.find()) {
            taken.putIfAbsent(declared.group(1), "");
        }
        Matcher pkg = PACKAGE.matcher(code);
        String ownPackage = pkg.find() ? pkg.group(1) : "";
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher qualified = QUALIFIED.matcher(lines[i]);
            while (qualified.find()) {
                String packageName =
                        qualified.group(1).substring(0, qualified.group(1).length() - 1);
                String simpleName = qualified.group(2);
                if (!isTakenByAnother(simpleName, packageName, taken, ownPackage, file)) {
                    found.add(file + ":" + (i + 1) + ": " + qualified.group());
                }
            }
        }
        return found;
    }

    /** The simple name already means another type here: the qualified name is then the only way to say this one. */
    private static boolean isTakenByAnother(
            String simpleName, String packageName, Map<String, String> taken, String ownPackage, Path file) {
        String owner = taken.get(simpleName);
        if (owner != null) {
            return !owner.equals(packageName);
        }
        if (packageName.equals(ownPackage)) {
            return false;
        }
        if (isJavaLang(simpleName)) {
            return !packageName.equals("java.lang");
        }
        Path folder = file.getParent();
        return folder != null && Files.exists(folder.resolve(simpleName + ".java"));
    }

    private static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName);
            return true;
        } catch (ClassNotFoundException notInJavaLang) {
            return false;
        }
    }

    /** Blanks comments, string and character literals and text blocks, keeping the lines where they are. */
    static String withoutCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < source.length() && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
            } else {
                code.append(source.charAt(i));
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                code.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return code.toString();
    }
}
