package fr.reperes.participation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One proposal as its reader may see it, with its attachments and its debate.
 *
 * @param title         null (like {@code body}) when hidden and the reader is neither its author nor the animateur
 * @param canTakePart   the reader is a member of the council today (comments, supports, reports)
 * @param moderator     the reader runs the council (sees hidden texts, hides, routes, redacts)
 */
public record ProposalPage(
        long id,
        long councilId,
        @Nullable String title,
        @Nullable String body,
        ProposalTheme theme,
        ProposalStatus status,
        String authorFirstName,
        boolean mine,
        @Nullable Instant publishedAt,
        boolean hidden,
        @Nullable String hiddenReason,
        boolean routed,
        @Nullable String toldWho,
        long supports,
        boolean supportedByMe,
        boolean canTakePart,
        boolean moderator,
        List<AttachmentLine> attachments,
        List<CommentLine> comments) {}
