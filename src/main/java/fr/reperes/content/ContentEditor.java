package fr.reperes.content;

import fr.reperes.access.ContentInformation;
import fr.reperes.content.render.GlossaryTerm;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the ADMIN of a département writes its content: books, their pages (added, moved, withdrawn), one draft per page
 * and language, previewed then published as the next immutable version. Every method asks {@link ContentAccess} for
 * {@link ContentInformation#EDITING} first: another département's ids and ids that name nothing are refused alike.
 * <p>
 * A published version is never changed: publishing inserts the next number (the page row locked, so two admins never
 * take the same one) and deletes the draft; to change a published text, a new draft starts from it. A FALC version
 * or a translation records the French version it follows, so that the editor sees which ones lag behind.
 */
@Service
public class ContentEditor {

    /** content_version.title, content_draft.title, content_book_title.title */
    public static final int MAX_TITLE = 200;
    /** A page's Markdown: long enough for a whole livret chapter, short enough to read on a phone. */
    public static final int MAX_BODY = 60_000;
    /** content_page.slug */
    public static final int MAX_SLUG = 60;
    /** content_book.code */
    public static final int MAX_CODE = 40;

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_]{1," + MAX_SLUG + "}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1," + MAX_CODE + "}");

    private final ContentAccess access;
    private final GlossaryTerms glossary;
    private final JdbcClient jdbc;
    private final Clock clock;

    ContentEditor(ContentAccess access, GlossaryTerms glossary, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.glossary = glossary;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A book in the editor's list: its French title (its code when it has none) and its count of pages shown. */
    public record BookLine(long id, String code, BookKind kind, String title, int pages) {}

    /** A book with its titles and every page, each with where each language stands. */
    public record BookOverview(
            long id, String code, BookKind kind, Map<PageLanguage, String> titles, List<PageLine> pages) {

        public String title() {
            return titles.getOrDefault(PageLanguage.FR, code);
        }
    }

    /**
     * A page of a book for the editor.
     *
     * @param title      the latest French title; the slug until one is published
     * @param languages  where each language stands, for every language
     */
    public record PageLine(
            long id,
            String slug,
            int position,
            PageAudience audience,
            @Nullable Instant withdrawnAt,
            String title,
            Map<PageLanguage, LanguageState> languages) {

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    /**
     * Where a page stands in one language.
     *
     * @param latest   the latest published number; null when never published in this language
     * @param follows  for FALC or a translation, the French number its latest version follows
     * @param draft    a draft is being written
     * @param lagging  FALC or a translation whose latest version follows an older French version than the latest
     */
    public record LanguageState(
            @Nullable Integer latest, @Nullable Integer follows, boolean draft, boolean lagging) {}

    /**
     * The text an editor works on in one language: the saved draft, or, without one, a start from the latest version
     * in this language (from the French one for a first FALC version or translation; blank for a first French one).
     *
     * @param saved         a draft is saved (discarding it means something)
     * @param latest        the latest published number in this language
     * @param latestFrench  the latest published French number, which a FALC version or a translation will follow
     * @param youngGlossary   the département's lexique in this language as a young person reads it, for the preview
     * @param parentGlossary  the same as a parent reads it (a word's page has its audience)
     */
    public record PageDraft(
            long pageId,
            long bookId,
            String bookTitle,
            String slug,
            PageAudience audience,
            boolean withdrawn,
            PageLanguage language,
            String title,
            String body,
            boolean saved,
            @Nullable Instant savedAt,
            @Nullable String savedBy,
            @Nullable Integer latest,
            @Nullable Integer latestFrench,
            List<GlossaryTerm> youngGlossary,
            List<GlossaryTerm> parentGlossary) {

        /** The lexique as {@code reader} reads it: a young person is not explained a parent's word, nor the reverse. */
        public List<GlossaryTerm> glossary(Role reader) {
            return reader == Role.JEUNE ? youngGlossary : parentGlossary;
        }
    }

    /** A published version as it was published, never changed. */
    public record PublishedVersion(
            int number,
            PageLanguage language,
            String title,
            String body,
            @Nullable Integer follows,
            Instant publishedAt,
            String publishedBy) {}

    // ----------------------------------------------------------------------------------------------------- books

    /** The books of the editor's département, in their order: one query. */
    @Transactional(readOnly = true)
    public List<BookLine> books(Viewer viewer) {
        long dep = access.requireDepartement(viewer, ContentInformation.EDITING);
        return jdbc.sql("""
                        SELECT b.id, b.code, b.kind, COALESCE(t.title, b.code) AS title,
                               (SELECT COUNT(*) FROM content_page p
                                WHERE p.book_id = b.id AND p.withdrawn_at IS NULL) AS pages
                        FROM content_book b
                        LEFT JOIN content_book_title t ON t.book_id = b.id AND t.language = 'FR'
                        WHERE b.departement_id = :dep
                        ORDER BY b.position, b.id""")
                .param("dep", dep)
                .query((rs, n) -> new BookLine(
                        rs.getLong("id"),
                        rs.getString("code"),
                        BookKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getInt("pages")))
                .list();
    }

    /**
     * A new book of the editor's département; returns its id.
     *
     * @param titles  its title per language: French required, the others optional (blank ones are left out)
     */
    @Transactional
    public long createBook(Viewer viewer, String code, BookKind kind, Map<PageLanguage, String> titles) {
        long dep = access.requireDepartement(viewer, ContentInformation.EDITING);
        Map<String, String> errors = new LinkedHashMap<>();
        String trimmedCode = code.strip();
        if (!CODE.matcher(trimmedCode).matches()) {
            errors.put("code", "content.editing.invalid.code");
        } else if (jdbc.sql("SELECT COUNT(*) FROM content_book WHERE departement_id = :dep AND code = :code")
                        .param("dep", dep)
                        .param("code", trimmedCode)
                        .query(Integer.class)
                        .single()
                > 0) {
            errors.put("code", "content.editing.invalid.code-taken");
        }
        Map<PageLanguage, String> kept = titles(titles, errors);
        refuseIf(errors);
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM content_book WHERE departement_id = :dep")
                .param("dep", dep)
                .query(Integer.class)
                .single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO content_book (departement_id, code, kind, position) VALUES (:dep, :code, :kind, :pos)")
                .param("dep", dep)
                .param("code", trimmedCode)
                .param("kind", kind.name())
                .param("pos", position)
                .update(key);
        long id = Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        kept.forEach((language, title) -> jdbc.sql(
                        "INSERT INTO content_book_title (book_id, language, title) VALUES (:book, :language, :title)")
                .param("book", id)
                .param("language", language.name())
                .param("title", title)
                .update());
        return id;
    }

    /**
     * Changes a book's titles (labels, not versioned): French required, a blank one of another language is removed.
     */
    @Transactional
    public void saveTitles(Viewer viewer, long bookId, Map<PageLanguage, String> titles) {
        access.requireBook(viewer, bookId, ContentInformation.EDITING);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<PageLanguage, String> kept = titles(titles, errors);
        refuseIf(errors);
        for (PageLanguage language : PageLanguage.values()) {
            String title = kept.get(language);
            if (title == null) {
                jdbc.sql("DELETE FROM content_book_title WHERE book_id = :book AND language = :language")
                        .param("book", bookId)
                        .param("language", language.name())
                        .update();
            } else {
                jdbc.sql("INSERT INTO content_book_title (book_id, language, title) VALUES (:book, :language, :title)"
                                + " ON DUPLICATE KEY UPDATE title = VALUES(title)")
                        .param("book", bookId)
                        .param("language", language.name())
                        .param("title", title)
                        .update();
            }
        }
    }

    /** The titles kept (French required, blank others left out), each 1..200 characters; errors by field. */
    private static Map<PageLanguage, String> titles(Map<PageLanguage, String> titles, Map<String, String> errors) {
        Map<PageLanguage, String> kept = new EnumMap<>(PageLanguage.class);
        for (PageLanguage language : PageLanguage.values()) {
            String title = titles.getOrDefault(language, "").strip();
            if (title.isEmpty() && language != PageLanguage.FR) {
                continue;
            }
            if (title.isEmpty() || title.length() > MAX_TITLE) {
                errors.put("title." + language.name(), "content.editing.invalid.title");
            }
            kept.put(language, title);
        }
        return kept;
    }

    /**
     * A book with every page (withdrawn ones last) and where each language stands: five queries whatever the
     * count of pages.
     */
    @Transactional(readOnly = true)
    public BookOverview book(Viewer viewer, long bookId) {
        access.requireBook(viewer, bookId, ContentInformation.EDITING);
        record Head(String code, String kind) {}
        Head head = jdbc.sql("SELECT code, kind FROM content_book WHERE id = :id")
                .param("id", bookId)
                .query(Head.class)
                .single();
        Map<PageLanguage, String> titles = new EnumMap<>(PageLanguage.class);
        jdbc.sql("SELECT language, title FROM content_book_title WHERE book_id = :id")
                .param("id", bookId)
                .query((rs, n) -> titles.put(PageLanguage.valueOf(rs.getString("language")), rs.getString("title")))
                .list();
        record Latest(
                long pageId,
                String language,
                int number,
                @Nullable Integer follows,
                String title) {}
        List<Latest> latest = jdbc.sql("""
                        SELECT v.page_id, v.language, v.number, v.follows_number AS follows, v.title
                        FROM content_version v
                        JOIN content_page p ON p.id = v.page_id
                        WHERE p.book_id = :id
                          AND v.number = (SELECT MAX(v2.number) FROM content_version v2
                                          WHERE v2.page_id = v.page_id AND v2.language = v.language)""")
                .param("id", bookId)
                .query((rs, n) -> new Latest(
                        rs.getLong("page_id"),
                        rs.getString("language"),
                        rs.getInt("number"),
                        rs.getObject("follows", Integer.class),
                        rs.getString("title")))
                .list();
        record DraftKey(long pageId, String language) {}
        List<DraftKey> drafts =
                jdbc.sql("""
                        SELECT d.page_id, d.language FROM content_draft d
                        JOIN content_page p ON p.id = d.page_id WHERE p.book_id = :id""").param("id", bookId).query(DraftKey.class).list();
        Map<Long, Map<PageLanguage, Latest>> byPage = new HashMap<>();
        for (Latest l : latest) {
            byPage.computeIfAbsent(l.pageId(), p -> new EnumMap<>(PageLanguage.class))
                    .put(PageLanguage.valueOf(l.language()), l);
        }
        List<PageLine> pages = jdbc.sql("""
                        SELECT id, slug, position, audience, withdrawn_at FROM content_page
                        WHERE book_id = :id ORDER BY withdrawn_at IS NOT NULL, position, id""")
                .param("id", bookId)
                .query((rs, n) -> {
                    long pageId = rs.getLong("id");
                    Map<PageLanguage, Latest> versions = byPage.getOrDefault(pageId, Map.of());
                    Latest french = versions.get(PageLanguage.FR);
                    Map<PageLanguage, LanguageState> states = new EnumMap<>(PageLanguage.class);
                    for (PageLanguage language : PageLanguage.values()) {
                        Latest v = versions.get(language);
                        boolean draft = drafts.contains(new DraftKey(pageId, language.name()));
                        boolean lagging = v != null
                                && language != PageLanguage.FR
                                && french != null
                                && (v.follows() == null || v.follows() < french.number());
                        states.put(
                                language,
                                new LanguageState(
                                        v == null ? null : v.number(), v == null ? null : v.follows(), draft, lagging));
                    }
                    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
                    String slug = rs.getString("slug");
                    return new PageLine(
                            pageId,
                            slug,
                            rs.getInt("position"),
                            PageAudience.valueOf(rs.getString("audience")),
                            withdrawn == null ? null : withdrawn.toInstant(),
                            french == null ? slug : french.title(),
                            states);
                })
                .list();
        return new BookOverview(bookId, head.code(), BookKind.valueOf(head.kind()), titles, pages);
    }

    // ----------------------------------------------------------------------------------------------------- pages

    /** A new page at the end of the book, with no text yet; returns its id. */
    @Transactional
    public long addPage(Viewer viewer, long bookId, String slug, PageAudience audience) {
        access.requireBook(viewer, bookId, ContentInformation.EDITING);
        jdbc.sql("SELECT id FROM content_book WHERE id = :id FOR UPDATE")
                .param("id", bookId)
                .query(Long.class)
                .single();
        String trimmed = slug.strip();
        if (!SLUG.matcher(trimmed).matches()) {
            throw invalid("slug", "content.editing.invalid.slug");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM content_page WHERE book_id = :book AND slug = :slug")
                        .param("book", bookId)
                        .param("slug", trimmed)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw invalid("slug", "content.editing.invalid.slug-taken");
        }
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM content_page WHERE book_id = :book")
                .param("book", bookId)
                .query(Integer.class)
                .single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO content_page (book_id, slug, position, audience) VALUES (:book, :slug, :pos, :audience)")
                .param("book", bookId)
                .param("slug", trimmed)
                .param("pos", position)
                .param("audience", audience.name())
                .update(key);
        return Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /**
     * Moves a page one place earlier ({@code earlier}) or later among the book's pages still shown, swapping it with
     * its neighbour; at either end nothing changes.
     */
    @Transactional
    public void move(Viewer viewer, long pageId, boolean earlier) {
        access.requirePage(viewer, pageId, ContentInformation.EDITING);
        long bookId = lockBookOf(pageId);
        List<Long> order = jdbc.sql("SELECT id FROM content_page WHERE book_id = :book AND withdrawn_at IS NULL"
                        + " ORDER BY position, id")
                .param("book", bookId)
                .query(Long.class)
                .list();
        int at = order.indexOf(pageId);
        int to = earlier ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= order.size()) {
            return;
        }
        List<Long> moved = new ArrayList<>(order);
        moved.set(at, order.get(to));
        moved.set(to, pageId);
        // Positions are renumbered from 1 in the new order: the swap holds even if two pages shared a position.
        for (int i = 0; i < moved.size(); i++) {
            jdbc.sql("UPDATE content_page SET position = :pos WHERE id = :id")
                    .param("pos", i + 1)
                    .param("id", moved.get(i))
                    .update();
        }
    }

    /**
     * Withdraws a page: no longer shown to readers; its published versions stay readable in the history, and nothing
     * of them changes.
     */
    @Transactional
    public void withdraw(Viewer viewer, long pageId) {
        access.requirePage(viewer, pageId, ContentInformation.EDITING);
        jdbc.sql("UPDATE content_page SET withdrawn_at = :at WHERE id = :id AND withdrawn_at IS NULL")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("id", pageId)
                .update();
    }

    // ---------------------------------------------------------------------------------------------------- drafts

    /** The text to edit in {@code language}: the saved draft, or a start from the latest published version. */
    @Transactional(readOnly = true)
    public PageDraft draft(Viewer viewer, long pageId, PageLanguage language) {
        access.requirePage(viewer, pageId, ContentInformation.EDITING);
        long dep = Objects.requireNonNull(viewer.departementId(), "a page's editor has a département");
        record Page(
                long bookId,
                String bookTitle,
                String slug,
                String audience,
                @Nullable Timestamp withdrawnAt) {}
        Page page = jdbc.sql("""
                        SELECT p.book_id, COALESCE(t.title, b.code) AS book_title, p.slug, p.audience, p.withdrawn_at
                        FROM content_page p JOIN content_book b ON b.id = p.book_id
                        LEFT JOIN content_book_title t ON t.book_id = b.id AND t.language = 'FR'
                        WHERE p.id = :id""").param("id", pageId).query(Page.class).single();
        Optional<PublishedVersion> latest = latestVersion(pageId, language);
        Optional<PublishedVersion> latestFrench =
                language == PageLanguage.FR ? latest : latestVersion(pageId, PageLanguage.FR);
        record Saved(String title, String body, Timestamp updatedAt, String updatedByName) {}
        Optional<Saved> saved = jdbc.sql("SELECT title, body, updated_at, updated_by_name FROM content_draft"
                        + " WHERE page_id = :id AND language = :language")
                .param("id", pageId)
                .param("language", language.name())
                .query(Saved.class)
                .optional();
        String title;
        String body;
        if (saved.isPresent()) {
            title = saved.get().title();
            body = saved.get().body();
        } else {
            Optional<PublishedVersion> start = latest.isPresent() ? latest : latestFrench;
            title = start.map(PublishedVersion::title).orElse("");
            body = start.map(PublishedVersion::body).orElse("");
        }
        return new PageDraft(
                pageId,
                page.bookId(),
                page.bookTitle(),
                page.slug(),
                PageAudience.valueOf(page.audience()),
                page.withdrawnAt() != null,
                language,
                title,
                body,
                saved.isPresent(),
                saved.map(s -> s.updatedAt().toInstant()).orElse(null),
                saved.map(Saved::updatedByName).orElse(null),
                latest.map(PublishedVersion::number).orElse(null),
                latestFrench.map(PublishedVersion::number).orElse(null),
                glossary.of(dep, language, Role.JEUNE),
                glossary.of(dep, language, Role.PARENT));
    }

    /** Saves the draft of the page in {@code language} (title 1..200 characters, Markdown up to 60,000). */
    @Transactional
    public void saveDraft(Viewer viewer, long pageId, PageLanguage language, String title, String body) {
        access.requirePage(viewer, pageId, ContentInformation.EDITING);
        Map<String, String> errors = new LinkedHashMap<>();
        String trimmed = title.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TITLE) {
            errors.put("title", "content.editing.invalid.title");
        }
        if (body.isBlank() || body.length() > MAX_BODY) {
            errors.put("body", "content.editing.invalid.body");
        }
        refuseIf(errors);
        Integer follows = language == PageLanguage.FR
                ? null
                : latestVersion(pageId, PageLanguage.FR)
                        .map(PublishedVersion::number)
                        .orElse(null);
        jdbc.sql("""
                        INSERT INTO content_draft (page_id, language, title, body, follows_number, updated_at,
                                                   updated_by_name)
                        VALUES (:page, :language, :title, :body, :follows, :at, :by)
                        ON DUPLICATE KEY UPDATE title = VALUES(title), body = VALUES(body),
                            follows_number = VALUES(follows_number), updated_at = VALUES(updated_at),
                            updated_by_name = VALUES(updated_by_name)""")
                .param("page", pageId)
                .param("language", language.name())
                .param("title", trimmed)
                .param("body", body)
                .param("follows", follows)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", viewer.displayName())
                .update();
    }

    /** Discards the draft of the page in {@code language}; the published versions are untouched. */
    @Transactional
    public void discard(Viewer viewer, long pageId, PageLanguage language) {
        access.requirePage(viewer, pageId, ContentInformation.EDITING);
        jdbc.sql("DELETE FROM content_draft WHERE page_id = :page AND language = :language")
                .param("page", pageId)
                .param("language", language.name())
                .update();
    }

    /**
     * Publishes the saved draft as the next version of the page in {@code language}, by the viewer, now; a FALC
     * version or a translation follows the latest French version at this moment. The draft is deleted: the version
     * holds it. A draft identical to the latest version (and following the same French one) is refused. Returns the
     * new number.
     */
    @Transactional
    public int publish(Viewer viewer, long pageId, PageLanguage language) {
        access.requirePage(viewer, pageId, ContentInformation.EDITING);
        jdbc.sql("SELECT id FROM content_page WHERE id = :page FOR UPDATE")
                .param("page", pageId)
                .query(Long.class)
                .single();
        record Saved(String title, String body) {}
        Saved draft = jdbc.sql("SELECT title, body FROM content_draft WHERE page_id = :page AND language = :language")
                .param("page", pageId)
                .param("language", language.name())
                .query(Saved.class)
                .optional()
                .orElseThrow(() -> invalid("draft", "content.editing.invalid.no-draft"));
        Integer follows = language == PageLanguage.FR
                ? null
                : latestVersion(pageId, PageLanguage.FR)
                        .map(PublishedVersion::number)
                        .orElse(null);
        // The same text again would be a version that says nothing new; a translation may, though, confirm that its
        // text still renders a newer French version.
        Optional<PublishedVersion> latest = latestVersion(pageId, language);
        if (latest.isPresent()
                && latest.get().title().equals(draft.title())
                && latest.get().body().equals(draft.body())
                && Objects.equals(latest.get().follows(), follows)) {
            throw invalid("draft", "content.editing.invalid.unchanged");
        }
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM content_version"
                        + " WHERE page_id = :page AND language = :language")
                .param("page", pageId)
                .param("language", language.name())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO content_version (page_id, language, number, title, body, follows_number,
                                                     published_at, published_by, published_by_name)
                        VALUES (:page, :language, :number, :title, :body, :follows, :at, :by, :byName)""")
                .param("page", pageId)
                .param("language", language.name())
                .param("number", number)
                .param("title", draft.title())
                .param("body", draft.body())
                .param("follows", follows)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", viewer.accountId())
                .param("byName", viewer.displayName())
                .update();
        jdbc.sql("DELETE FROM content_draft WHERE page_id = :page AND language = :language")
                .param("page", pageId)
                .param("language", language.name())
                .update();
        return number;
    }

    // --------------------------------------------------------------------------------------------------- history

    /** Every published version of the page in {@code language}, newest first, with who published it and when. */
    @Transactional(readOnly = true)
    public List<PublishedVersion> history(Viewer viewer, long pageId, PageLanguage language) {
        access.requirePage(viewer, pageId, ContentInformation.EDITING);
        return versions(pageId, language, null);
    }

    /** One published version of the page, exactly as it was published; empty when there is no such number. */
    @Transactional(readOnly = true)
    public Optional<PublishedVersion> version(Viewer viewer, long pageId, PageLanguage language, int number) {
        access.requirePage(viewer, pageId, ContentInformation.EDITING);
        return versions(pageId, language, number).stream().findFirst();
    }

    private Optional<PublishedVersion> latestVersion(long pageId, PageLanguage language) {
        return versions(pageId, language, null).stream().findFirst();
    }

    private List<PublishedVersion> versions(long pageId, PageLanguage language, @Nullable Integer number) {
        return jdbc.sql("SELECT number, title, body, follows_number, published_at, published_by_name"
                        + " FROM content_version WHERE page_id = :page AND language = :language"
                        + (number == null ? "" : " AND number = :number")
                        + " ORDER BY number DESC")
                .param("page", pageId)
                .param("language", language.name())
                .param("number", number)
                .query((rs, n) -> new PublishedVersion(
                        rs.getInt("number"),
                        language,
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getObject("follows_number", Integer.class),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getString("published_by_name")))
                .list();
    }

    private long lockBookOf(long pageId) {
        long bookId = jdbc.sql("SELECT book_id FROM content_page WHERE id = :id")
                .param("id", pageId)
                .query(Long.class)
                .single();
        jdbc.sql("SELECT id FROM content_book WHERE id = :id FOR UPDATE")
                .param("id", bookId)
                .query(Long.class)
                .single();
        return bookId;
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InvalidInputException invalid(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }
}
