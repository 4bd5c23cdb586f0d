package fr.reperes.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of content as the policy decides it: its kind, its domain when it has one, and for the young person's own
 * words whether they sent them to their référent and chose to share them with their parents.
 *
 * @param domain             null when the content has no domain
 * @param sentToReferent     for {@link InformationKind#YOUNG_PERSONS_OWN_WORDS}: false while it is an unsent draft
 * @param sharedWithParents  for {@link InformationKind#YOUNG_PERSONS_OWN_WORDS}: the young person ticked "partager
 *                           avec mes parents"
 */
public record Content(
        InformationKind kind, @Nullable ContentDomain domain, boolean sentToReferent, boolean sharedWithParents) {

    public Content {
        Objects.requireNonNull(kind, "kind");
    }

    /** Content of a kind, with no domain. */
    public static Content of(InformationKind kind) {
        return new Content(kind, null, true, false);
    }

    /** Content of a kind tagged with a domain. */
    public static Content of(InformationKind kind, ContentDomain domain) {
        return new Content(kind, domain, true, false);
    }

    /** Text the young person wrote for their référent (wishes, questions, a request, a comment). */
    public static Content ownWords(boolean sentToReferent, boolean sharedWithParents) {
        return new Content(InformationKind.YOUNG_PERSONS_OWN_WORDS, null, sentToReferent, sharedWithParents);
    }

    public Content in(ContentDomain contentDomain) {
        return new Content(kind, contentDomain, sentToReferent, sharedWithParents);
    }
}
