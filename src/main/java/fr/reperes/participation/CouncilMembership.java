package fr.reperes.participation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One mandate of a young person, as their référent sees it: which council, and its dates. */
public record CouncilMembership(
        String council,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable LocalDate resignedOn) {}
