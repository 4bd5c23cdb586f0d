package fr.reperes.participation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A proposal or a comment the animateur hid, with the reason (null when it was routed as a danger). The text is null
 * once routed: it belongs to the professional who was told.
 */
public record HiddenLine(
        ModerationTarget target,
        long id,
        long proposalId,
        String authorFirstName,
        @Nullable String text,
        @Nullable String reason,
        boolean routed,
        Instant hiddenAt) {}
