package fr.reperes.dossier.reactions;

import fr.reperes.identity.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reaction and, once given, the référent's answer. */
public record Reaction(
        long id,
        long youngPersonId,
        String youngPersonName,
        ReactionSubject subject,
        long subjectId,
        ReactionKind kind,
        String comment,
        String authorName,
        Role authorRole,
        Instant createdAt,
        @Nullable Instant answeredAt,
        @Nullable String answeredByName,
        @Nullable String answer) {

    public boolean answered() {
        return answeredAt != null;
    }
}
