package fr.reperes.content;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessPolicy;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.ContentInformation;
import fr.reperes.identity.Viewer;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the one fact the {@link AccessPolicy} needs about a viewer and a book or page (is it their département's?)
 * and asks it. Every service method about content starts here. An id that names nothing is refused the same way as
 * another département's, so that trying ids tells nothing.
 */
@Component
public class ContentAccess {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    ContentAccess(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /**
     * What spans the viewer's own département's content before a book or page is named (its books, the search, a
     * new book): the département whose content the viewer may read or edit, refused otherwise.
     */
    public long requireDepartement(Viewer viewer, ContentInformation information) {
        boolean hasDepartement = viewer.hasAccount() && viewer.departementId() != null;
        grant(policy.decideContent(viewer.role(), hasDepartement, information));
        return Objects.requireNonNull(viewer.departementId());
    }

    /** A book of the viewer's département, for {@code information}; refused otherwise. */
    public AccessDecision requireBook(Viewer viewer, long bookId, ContentInformation information) {
        return grant(policy.decideContent(
                viewer.role(),
                sameDepartement(viewer, "SELECT departement_id FROM content_book WHERE id = :id", bookId),
                information));
    }

    /** A page of a book of the viewer's département, for {@code information}; refused otherwise. */
    public AccessDecision requirePage(Viewer viewer, long pageId, ContentInformation information) {
        return grant(policy.decideContent(
                viewer.role(),
                sameDepartement(
                        viewer,
                        "SELECT b.departement_id FROM content_page p JOIN content_book b ON b.id = p.book_id"
                                + " WHERE p.id = :id",
                        pageId),
                information));
    }

    private boolean sameDepartement(Viewer viewer, String departementOf, long id) {
        if (!viewer.hasAccount() || viewer.departementId() == null) {
            return false;
        }
        return jdbc.sql(departementOf)
                .param("id", id)
                .query(Long.class)
                .optional()
                .filter(viewer.departementId()::equals)
                .isPresent();
    }

    /** What a reader asks for that names nothing of their département: refused as another département's would be. */
    static AccessRefusedException nothingThere() {
        return new AccessRefusedException(AccessReason.NOT_DEPARTEMENT_CONTENT);
    }

    private static AccessDecision grant(AccessDecision decision) {
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return decision;
    }
}
