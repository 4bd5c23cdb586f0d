package fr.reperes.participation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment as its reader may see it, with its answers (one level).
 *
 * @param text          null when hidden and the reader is neither its author nor the animateur
 * @param hiddenReason  the animateur's reason, for its author and the animateur; null otherwise or for a danger
 * @param toldWho       for its author, when it was routed as a danger: who will contact them (a name, or null for
 *                      the département's CRIP); only meaningful when {@code routed}
 */
public record CommentLine(
        long id,
        String authorFirstName,
        boolean mine,
        Instant createdAt,
        @Nullable String text,
        boolean hidden,
        @Nullable String hiddenReason,
        boolean routed,
        @Nullable String toldWho,
        boolean redacted,
        List<CommentLine> answers) {}
