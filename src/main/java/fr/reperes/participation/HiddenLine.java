package fr.reperes.participation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A proposal or a comment the animateur hid, with the reason (null when it was routed as a danger). */
public record HiddenLine(
        ModerationTarget target,
        long id,
        long proposalId,
        String authorFirstName,
        String text,
        @Nullable String reason,
        boolean routed,
        Instant hiddenAt) {}
