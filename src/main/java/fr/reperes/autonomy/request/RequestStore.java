package fr.reperes.autonomy.request;

import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes what the request's service and the import share, with no check of its own. Internal to autonomy. */
@Component
public class RequestStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    RequestStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One step of a request's history: who moved it, from what to what, effective on which day. */
    public void log(
            Viewer viewer,
            long requestId,
            @Nullable RequestStatus from,
            RequestStatus to,
            LocalDate on,
            @Nullable String note) {
        jdbc.sql("""
                        INSERT INTO young_adult_request_transition (request_id, from_status, to_status, effective_on,
                            occurred_at, actor_account_id, actor_name, actor_role, note)
                        VALUES (:request, :from, :to, :on, :now, :actor, :actorName, :role, :note)""")
                .param("request", requestId)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("on", on)
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", viewer.accountId())
                .param("actorName", viewer.displayName())
                .param(
                        "role",
                        Objects.requireNonNull(viewer.role(), "the policy let only an account move the request")
                                .name())
                .param("note", note)
                .update();
    }

    /** The request's own words and choices as named parameters of its INSERT and UPDATE statements. */
    public static Map<String, Object> contentParams(RequestDraft draft) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("plans", blankToNull(draft.plans()));
        params.put("housing", draft.housing());
        params.put("allowance", draft.allowance());
        params.put("education", draft.educationalSupport());
        params.put("other", blankToNull(draft.otherSupport()));
        params.put("shared", draft.sharedWithParents());
        return params;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
