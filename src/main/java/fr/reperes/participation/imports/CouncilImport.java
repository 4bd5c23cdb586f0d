package fr.reperes.participation.imports;

import fr.reperes.participation.CouncilKind;
import fr.reperes.participation.MemberSex;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads councils, their members' mandates and their proposals as they stand: the demo's today, an import tomorrow. */
@Service
public class CouncilImport {

    private final JdbcClient jdbc;

    CouncilImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long council(long departementId, @Nullable Long territoryId, CouncilKind kind, String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO council (departement_id, territory_id, kind, name)
                        VALUES (:departementId, :territoryId, :kind, :name)""")
                .param("departementId", departementId)
                .param("territoryId", territoryId)
                .param("kind", kind.name())
                .param("name", name)
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** A member's mandate: exactly one of young person and parent. */
    public record NewMandate(
            long councilId,
            @Nullable Long youngPersonId,
            @Nullable Long parentId,
            String firstName,
            MemberSex sex,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable Long renewsMandateId,
            @Nullable LocalDate resignedOn) {}

    @Transactional
    public long mandate(NewMandate mandate) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO council_mandate (council_id, young_person_id, parent_id, first_name, sex,
                                                     starts_on, ends_on, renews_mandate_id, resigned_on)
                        VALUES (:councilId, :youngPersonId, :parentId, :firstName, :sex,
                                :startsOn, :endsOn, :renews, :resignedOn)""")
                .param("councilId", mandate.councilId())
                .param("youngPersonId", mandate.youngPersonId())
                .param("parentId", mandate.parentId())
                .param("firstName", mandate.firstName())
                .param("sex", mandate.sex().name())
                .param("startsOn", mandate.startsOn())
                .param("endsOn", mandate.endsOn())
                .param("renews", mandate.renewsMandateId())
                .param("resignedOn", mandate.resignedOn())
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** A proposal as it stands: a draft has no publication time. */
    public record NewProposal(
            long councilId,
            long authorMandateId,
            String title,
            String body,
            ProposalTheme theme,
            ProposalStatus status,
            Instant createdAt,
            @Nullable Instant publishedAt) {}

    @Transactional
    public long proposal(NewProposal proposal) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO proposal (council_id, author_mandate_id, title, body, theme, status,
                                              created_at, published_at)
                        VALUES (:councilId, :author, :title, :body, :theme, :status, :createdAt, :publishedAt)""")
                .param("councilId", proposal.councilId())
                .param("author", proposal.authorMandateId())
                .param("title", proposal.title())
                .param("body", proposal.body())
                .param("theme", proposal.theme().name())
                .param("status", proposal.status().name())
                .param("createdAt", Timestamp.from(proposal.createdAt()))
                .param(
                        "publishedAt",
                        proposal.publishedAt() == null
                                ? null
                                : Timestamp.from(Objects.requireNonNull(proposal.publishedAt())))
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }
}
