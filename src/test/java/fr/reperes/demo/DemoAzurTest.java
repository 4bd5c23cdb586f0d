package fr.reperes.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.ContentInformation;
import fr.reperes.content.ContentAccess;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's second département: Azur starts from what Repères ships and rewrites its placement livret, and its
 * content belongs to it alone: no reader of the demo département reaches one of its books or pages, and the other
 * way round, whatever the role.
 */
@IntegrationTest
class DemoAzurTest {

    private static final List<String> DEMO_PEOPLE =
            List.of("lina", "karim", "nadia", "sofia", "mehdi", "amina", "claire", "thomas", "yanis", "odpe", "admin");
    private static final List<String> AZUR_PEOPLE = List.of("noe", "farid", "agnes");

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentAccess access;

    @Autowired
    JdbcClient jdbc;

    @Test
    void azurPlacementLivretDiffersFromTheDemoOneByItsOwnVersionsAndAPageOfItsOwn() {
        Map<String, String> demo = latestFrench(DemoDepartement.CODE);
        Map<String, String> azur = latestFrench(DemoAzur.CODE);
        assertThat(azur.keySet()).containsAll(demo.keySet()).contains("PARENTS_HOUSE");
        assertThat(demo).doesNotContainKey("PARENTS_HOUSE");
        assertThat(azur.get("CONTACTS")).contains("04 93 00 10 00").isNotEqualTo(demo.get("CONTACTS"));
        assertThat(azur.get("DECISIONS")).isNotEqualTo(demo.get("DECISIONS"));
        // The pages Azur did not rewrite read as shipped.
        assertThat(azur.get("WHO_IS_WHO")).isEqualTo(demo.get("WHO_IS_WHO"));
        // Azur's FALC of its contacts follows its French version 2; the shipped version 1 stays as it was.
        assertThat(jdbc.sql("SELECT v.follows_number FROM content_version v JOIN content_page p ON p.id = v.page_id"
                                + " JOIN content_book b ON b.id = p.book_id JOIN departement d ON d.id = b.departement_id"
                                + " WHERE d.code = 'AZUR' AND b.code = 'WELCOME_PLACEMENT' AND p.slug = 'CONTACTS'"
                                + " AND v.language = 'FALC' ORDER BY v.number")
                        .query(Integer.class)
                        .list())
                .containsExactly(1, 2);
    }

    @Test
    void noReaderOfTheDemoDepartementReachesAzurContentNorTheOtherWayRound() {
        assertRefusedEverywhere(DEMO_PEOPLE, DemoAzur.CODE);
        assertRefusedEverywhere(AZUR_PEOPLE, DemoDepartement.CODE);
    }

    @Test
    void azurPeopleReadTheirDepartementsContentAndOnlyItsAdminEditsIt() {
        long azur = departement(DemoAzur.CODE);
        List<Long> books = ids("SELECT b.id FROM content_book b WHERE b.departement_id = " + azur);
        for (String person : AZUR_PEOPLE) {
            Viewer viewer = TestSignIn.viewer(context, person);
            assertThat(access.requireDepartement(viewer, ContentInformation.READING))
                    .as(person)
                    .isEqualTo(azur);
            for (long book : books) {
                access.requireBook(viewer, book, ContentInformation.READING);
            }
        }
        access.requireBook(TestSignIn.viewer(context, "agnes"), books.getFirst(), ContentInformation.EDITING);
        assertThatThrownBy(() -> access.requireBook(
                        TestSignIn.viewer(context, "admin"), books.getFirst(), ContentInformation.EDITING))
                .isInstanceOf(AccessRefusedException.class);
    }

    private void assertRefusedEverywhere(List<String> people, String otherCode) {
        long other = departement(otherCode);
        List<Long> books = ids("SELECT id FROM content_book WHERE departement_id = " + other);
        List<Long> pages = ids("SELECT p.id FROM content_page p JOIN content_book b ON b.id = p.book_id"
                + " WHERE b.departement_id = " + other);
        assertThat(books).isNotEmpty();
        assertThat(pages).isNotEmpty();
        for (String person : people) {
            Viewer viewer = TestSignIn.viewer(context, person);
            assertThat(viewer.departementId()).as(person).isNotEqualTo(other);
            assertThat(access.requireDepartement(viewer, ContentInformation.READING))
                    .as(person)
                    .isNotEqualTo(other);
            for (ContentInformation information : ContentInformation.values()) {
                for (long book : books) {
                    assertThatThrownBy(() -> access.requireBook(viewer, book, information))
                            .as(person + " " + information + " book " + book)
                            .isInstanceOf(AccessRefusedException.class);
                }
                for (long page : pages) {
                    assertThatThrownBy(() -> access.requirePage(viewer, page, information))
                            .as(person + " " + information + " page " + page)
                            .isInstanceOf(AccessRefusedException.class);
                }
            }
        }
    }

    private Map<String, String> latestFrench(String departementCode) {
        record Row(String slug, String body) {}
        return jdbc
                .sql("SELECT p.slug, v.body FROM content_version v JOIN content_page p ON p.id = v.page_id"
                        + " JOIN content_book b ON b.id = p.book_id JOIN departement d ON d.id = b.departement_id"
                        + " WHERE d.code = :code AND b.code = 'WELCOME_PLACEMENT' AND v.language = 'FR'"
                        + " AND v.number = (SELECT MAX(v2.number) FROM content_version v2"
                        + "   WHERE v2.page_id = v.page_id AND v2.language = 'FR')")
                .param("code", departementCode)
                .query(Row.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Row::slug, Row::body));
    }

    private long departement(String code) {
        return jdbc.sql("SELECT id FROM departement WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private List<Long> ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }
}
