package fr.reperes.dossier.reactions;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A published PPE version or published meeting notes the reader has not reacted to yet.
 *
 * @param firstName     the child's first name, for a parent; null for the young person, who reads about themself
 * @param versionNumber the PPE version's number; null for notes
 * @param meetingAt     when the meeting whose notes these are took place; null for a PPE version
 */
public record PendingReaction(
        long youngPersonId,
        @Nullable String firstName,
        ReactionSubject subject,
        long subjectId,
        @Nullable Integer versionNumber,
        @Nullable LocalDateTime meetingAt) {}
