package fr.reperes.content.imports;

import fr.reperes.content.BookKind;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The content Repères ships (src/main/resources/content/default/): the livrets d'accueil, the rights guide, the
 * evaluation leaflet and the lexique every département starts from, published as version 1 by "Repères", then
 * rewritten by the département as it wishes. One folder per book, named by its code, with a {@code book.properties}
 * (kind, position, {@code title.<LANGUAGE>}, {@code page.<slug>.audience}) and one file per page and language,
 * {@code <position>-<slug>.<fr|falc|en|ar>.md}, whose first line is {@code # the title}.
 */
@Component
public class DefaultContent {

    /** Who published what Repères ships, in the history. */
    public static final String PUBLISHER = "Repères";

    private static final Pattern PAGE_FILE = Pattern.compile("(\\d+)-([A-Za-z0-9_]+)\\.(fr|falc|en|ar)\\.md");

    /** A collision or deadlock is lost at most once per other instance in the race, and rounds can repeat. */
    private static final int ATTEMPTS = 10;

    private static final Logger log = LoggerFactory.getLogger(DefaultContent.class);

    private final ContentImport content;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final List<Book> books;

    DefaultContent(ContentImport content, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.content = content;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.books = read();
    }

    /** A book as shipped. */
    public record Book(String code, BookKind kind, int position, Map<PageLanguage, String> titles, List<Page> pages) {}

    /** A page as shipped, with its text in each language it is written in. */
    public record Page(String slug, int position, PageAudience audience, Map<PageLanguage, Text> texts) {}

    public record Text(String title, String body) {}

    public List<Book> books() {
        return books;
    }

    /** Publishes every shipped book the département does not have yet (by code); returns how many it published. */
    @Transactional
    public int importInto(long departementId) {
        return publish(departementId);
    }

    /**
     * {@link #importInto}, in a transaction of its own, as instances starting at once call it: each import is one
     * transaction, and the unique (département, code) of a book makes the second wait for the first, then collide
     * (or deadlock). The loser is rolled back whole and imports again, finding every book the winner published: the
     * département gets each book once and every instance starts. Not to be called inside a transaction.
     */
    public int importIntoOnce(long departementId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(transactions.execute(tx -> publish(departementId)));
            } catch (DuplicateKeyException | PessimisticLockingFailureException anotherInstance) {
                if (attempt == ATTEMPTS) {
                    throw anotherInstance;
                }
                log.info(
                        "Département {}: another instance is publishing the default content; reading it again",
                        departementId);
            }
        }
    }

    private int publish(long departementId) {
        int published = 0;
        for (Book book : books) {
            boolean present = jdbc.sql("SELECT COUNT(*) FROM content_book WHERE departement_id = :dep AND code = :code")
                            .param("dep", departementId)
                            .param("code", book.code())
                            .query(Integer.class)
                            .single()
                    > 0;
            if (present) {
                continue;
            }
            long bookId = content.book(departementId, book.code(), book.kind(), book.position(), book.titles());
            for (Page page : book.pages()) {
                long pageId = content.page(bookId, page.slug(), page.position(), page.audience());
                Text french = page.texts().get(PageLanguage.FR);
                Integer follows = null;
                if (french != null) {
                    follows = content.publish(
                            pageId, PageLanguage.FR, french.title(), french.body(), null, null, PUBLISHER);
                }
                for (Map.Entry<PageLanguage, Text> text : page.texts().entrySet()) {
                    if (text.getKey() != PageLanguage.FR) {
                        content.publish(
                                pageId,
                                text.getKey(),
                                text.getValue().title(),
                                text.getValue().body(),
                                follows,
                                null,
                                PUBLISHER);
                    }
                }
            }
            published++;
        }
        return published;
    }

    private static List<Book> read() {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            List<Book> result = new ArrayList<>();
            for (Resource descriptor : resolver.getResources("classpath*:content/default/*/book.properties")) {
                String code = folderOf(descriptor);
                Properties properties = new Properties();
                try (InputStream in = descriptor.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                Map<PageLanguage, String> titles = new EnumMap<>(PageLanguage.class);
                for (PageLanguage language : PageLanguage.values()) {
                    String title = properties.getProperty("title." + language.name());
                    if (title != null) {
                        titles.put(language, title.strip());
                    }
                }
                Map<String, Map<PageLanguage, Text>> texts = new TreeMap<>();
                Map<String, Integer> positions = new TreeMap<>();
                for (Resource file : resolver.getResources("classpath*:content/default/" + code + "/*.md")) {
                    Matcher name = PAGE_FILE.matcher(String.valueOf(file.getFilename()));
                    if (!name.matches()) {
                        throw new IllegalStateException("content/default/" + code + "/" + file.getFilename()
                                + " is not named <position>-<slug>.<fr|falc|en|ar>.md");
                    }
                    String slug = name.group(2);
                    positions.put(slug, Integer.parseInt(name.group(1)));
                    texts.computeIfAbsent(slug, s -> new EnumMap<>(PageLanguage.class))
                            .put(PageLanguage.valueOf(name.group(3).toUpperCase(Locale.ROOT)), text(file));
                }
                List<Page> pages = texts.entrySet().stream()
                        .map(page -> new Page(
                                page.getKey(),
                                positions.getOrDefault(page.getKey(), 0),
                                PageAudience.valueOf(
                                        properties.getProperty("page." + page.getKey() + ".audience", "ALL")),
                                page.getValue()))
                        .sorted(Comparator.comparingInt(Page::position))
                        .toList();
                result.add(new Book(
                        code,
                        BookKind.valueOf(properties.getProperty("kind", "OTHER")),
                        Integer.parseInt(properties.getProperty("position", "100")),
                        titles,
                        pages));
            }
            result.sort(Comparator.comparingInt(Book::position));
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String folderOf(Resource descriptor) throws IOException {
        String path = descriptor.getURL().getPath();
        String folder = path.substring(0, path.lastIndexOf('/'));
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    private static Text text(Resource file) throws IOException {
        String markdown = file.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!markdown.startsWith("# ")) {
            throw new IllegalStateException(file.getFilename() + " does not start with '# its title'");
        }
        int end = markdown.indexOf('\n');
        String title = (end < 0 ? markdown.substring(2) : markdown.substring(2, end)).strip();
        String body = end < 0 ? "" : markdown.substring(end + 1).strip();
        return new Text(title, body);
    }
}
