package fr.reperes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every method of {@link ContentEditor} is refused to every reader but the ADMIN of the book's département: each
 * other role of the département and an identity without an account are refused everything, another département's
 * ADMIN every book and page of this one (and works in their own); and ids that name
 * nothing are refused to the ADMIN exactly as another département's are, so that trying ids tells nothing. Nothing
 * is written by a refused call.
 */
@IntegrationTest
class ContentEditorAccessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentEditor editor;

    @Autowired
    JdbcClient jdbc;

    Viewer admin;
    long book;
    long page;

    /** A call of one ContentEditor method by a viewer on a book and a page. */
    interface Call {
        void run(Viewer viewer, long bookId, long pageId);
    }

    /** Every public method of the service, by name: the test below checks that none is left out. */
    private Map<String, Call> calls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("books", (v, b, p) -> editor.books(v));
        calls.put(
                "createBook",
                (v, b, p) -> editor.createBook(
                        v,
                        "REFUS_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
                        BookKind.OTHER,
                        Map.of(PageLanguage.FR, "Refusé")));
        calls.put("book", (v, b, p) -> editor.book(v, b));
        calls.put("saveTitles", (v, b, p) -> editor.saveTitles(v, b, Map.of(PageLanguage.FR, "Renommé")));
        calls.put("addPage", (v, b, p) -> editor.addPage(v, b, "REFUSEE", PageAudience.ALL));
        calls.put("move", (v, b, p) -> editor.move(v, p, false));
        calls.put("withdraw", (v, b, p) -> editor.withdraw(v, p));
        calls.put("draft", (v, b, p) -> editor.draft(v, p, PageLanguage.FR));
        calls.put("saveDraft", (v, b, p) -> editor.saveDraft(v, p, PageLanguage.EN, "Refused", "Refused"));
        calls.put("discard", (v, b, p) -> editor.discard(v, p, PageLanguage.FR));
        calls.put("publish", (v, b, p) -> editor.publish(v, p, PageLanguage.EN));
        calls.put("history", (v, b, p) -> editor.history(v, p, PageLanguage.FR));
        calls.put("version", (v, b, p) -> editor.version(v, p, PageLanguage.FR, 1));
        return calls;
    }

    /** The methods that name a book or a page, where an id may name nothing. */
    private static final List<String> NAMING = List.of(
            "book",
            "saveTitles",
            "addPage",
            "move",
            "withdraw",
            "draft",
            "saveDraft",
            "discard",
            "publish",
            "history",
            "version");

    @BeforeEach
    void ownDepartement() {
        admin = ContentEditorFixtures.adminOfNewDepartement(context);
        book = ContentEditorFixtures.book(context, admin, BookKind.WELCOME);
        page = editor.addPage(admin, book, "PAGE", PageAudience.ALL);
        editor.saveDraft(admin, page, PageLanguage.FR, "Page", "Texte publié");
        editor.publish(admin, page, PageLanguage.FR);
        editor.saveDraft(admin, page, PageLanguage.FR, "Page", "Brouillon");
    }

    @Test
    void everyPublicMethodIsCoveredHere() {
        List<String> methods = Arrays.stream(ContentEditor.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .distinct()
                .toList();
        assertThat(calls().keySet()).containsExactlyInAnyOrderElementsOf(methods);
        assertThat(NAMING).allMatch(calls()::containsKey);
    }

    /** Each role of the département but ADMIN, and an identity without an account. */
    private List<Viewer> notAdmins() {
        long dep = Objects.requireNonNull(admin.departementId());
        List<Viewer> readers = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                // The policy decides by role and département; the person ids do not open content editing.
                readers.add(new Viewer(
                        admin.accountId(),
                        "not-admin-" + role,
                        "Pas admin",
                        role,
                        dep,
                        role == Role.JEUNE ? 1L : null,
                        role == Role.PARENT ? 1L : null,
                        role == Role.JEUNE || role == Role.PARENT ? null : 1L));
            }
        }
        readers.add(Viewer.withoutAccount("no-account", "Sans compte"));
        return readers;
    }

    /** The ADMIN of a new département and the demo département's. */
    private List<Viewer> otherAdmins() {
        return List.of(ContentEditorFixtures.adminOfNewDepartement(context), TestSignIn.viewer(context, "admin"));
    }

    @Test
    void everyMethodIsRefusedToEveryOtherRoleAndNothingIsWritten() {
        String before = snapshot();
        for (Viewer reader : notAdmins()) {
            calls().forEach((name, call) -> assertThat(catchThrowable(() -> call.run(reader, book, page)))
                    .as(name + " by " + reader.role())
                    .isInstanceOf(AccessRefusedException.class));
        }
        assertThat(snapshot()).isEqualTo(before);
        // ... and the département's ADMIN is let through by each (the test would prove nothing otherwise).
        calls().forEach((name, call) -> call.run(admin, book, page));
    }

    @Test
    void anotherDepartementsAdminIsRefusedEveryBookAndPageOfThisOneAndWorksOnlyInTheirOwn() {
        String before = snapshot();
        for (Viewer reader : otherAdmins()) {
            for (String name : NAMING) {
                assertThat(catchThrowable(() -> calls().get(name).run(reader, book, page)))
                        .as(name + " by the ADMIN of département " + reader.departementId())
                        .isInstanceOf(AccessRefusedException.class);
            }
            // What spans a département works on their own: this one's books are not among theirs.
            assertThat(editor.books(reader))
                    .extracting(ContentEditor.BookLine::id)
                    .doesNotContain(book);
            long theirs = editor.createBook(
                    reader,
                    "AILLEURS_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
                    BookKind.OTHER,
                    Map.of(PageLanguage.FR, "Ailleurs"));
            assertThat(jdbc.sql("SELECT departement_id FROM content_book WHERE id = :id")
                            .param("id", theirs)
                            .query(Long.class)
                            .single())
                    .isEqualTo(reader.departementId());
            assertThat(editor.books(admin))
                    .extracting(ContentEditor.BookLine::id)
                    .doesNotContain(theirs);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void idsThatNameNothingAreRefusedToTheAdminAsAnotherDepartementsAre() {
        Viewer other = ContentEditorFixtures.adminOfNewDepartement(context);
        long otherBook = ContentEditorFixtures.book(context, other, BookKind.OTHER);
        long otherPage = editor.addPage(other, otherBook, "AILLEURS", PageAudience.ALL);
        long nothing = Long.MAX_VALUE;
        long deleted = jdbc.sql("SELECT MAX(id) + 1000 FROM content_page")
                .query(Long.class)
                .single();
        for (String name : NAMING) {
            Call call = calls().get(name);
            AccessReason elsewhere = reason(() -> call.run(admin, otherBook, otherPage));
            assertThat(elsewhere).as(name).isEqualTo(AccessReason.NOT_DEPARTEMENT_CONTENT);
            for (long id : List.of(nothing, deleted, 0L, -1L)) {
                assertThat(reason(() -> call.run(admin, id, id)))
                        .as(name + " " + id)
                        .isEqualTo(elsewhere);
            }
        }
    }

    private static AccessReason reason(Runnable call) {
        try {
            call.run();
        } catch (AccessRefusedException refused) {
            return refused.reason();
        }
        throw new AssertionError("not refused");
    }

    /** Everything of the test's département's content, to show a refused call wrote nothing. */
    private String snapshot() {
        return jdbc.sql("""
                        SELECT CONCAT_WS('|',
                          (SELECT GROUP_CONCAT(CONCAT_WS(',', id, code, kind, position) ORDER BY id)
                             FROM content_book WHERE departement_id = :dep),
                          (SELECT GROUP_CONCAT(CONCAT_WS(',', p.id, slug, p.position, audience,
                                                         COALESCE(withdrawn_at, '-')) ORDER BY p.id)
                             FROM content_page p JOIN content_book b ON b.id = p.book_id
                             WHERE b.departement_id = :dep),
                          (SELECT GROUP_CONCAT(CONCAT_WS(',', v.id, v.language, number, title, body) ORDER BY v.id)
                             FROM content_version v JOIN content_page p ON p.id = v.page_id
                             JOIN content_book b ON b.id = p.book_id WHERE b.departement_id = :dep),
                          (SELECT GROUP_CONCAT(CONCAT_WS(',', d.page_id, d.language, title, body, updated_at))
                             FROM content_draft d JOIN content_page p ON p.id = d.page_id
                             JOIN content_book b ON b.id = p.book_id WHERE b.departement_id = :dep))""")
                .param("dep", admin.departementId())
                .query(String.class)
                .single();
    }
}
