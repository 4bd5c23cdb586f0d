package fr.reperes.autonomy.request;

import fr.reperes.autonomy.RequestStatus;
import fr.reperes.identity.Role;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One move of a request: from, to, on which date, recorded when and by whom, with a note (the reasons). */
public record RequestTransition(
        @Nullable RequestStatus from,
        RequestStatus to,
        LocalDate effectiveOn,
        Instant occurredAt,
        String actorName,
        Role actorRole,
        @Nullable String note) {}
