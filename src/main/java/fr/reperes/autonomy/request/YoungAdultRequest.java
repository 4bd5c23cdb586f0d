package fr.reperes.autonomy.request;

import fr.reperes.access.Content;
import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.RequestStatus;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request for a contrat jeune majeur and where it stands.
 *
 * @param renewalOfContractId the contract it asks to renew, null for a first request
 * @param content             what the young person wrote; empty when {@code wordsWithheld}
 * @param history             every transition, oldest first
 * @param documents           the joined PDFs; empty when {@code wordsWithheld}
 * @param wordsWithheld       the young person's words are not for this reader (not shared with a parent, or a draft
 *                            not yet sent to the référent)
 */
public record YoungAdultRequest(
        long id,
        @Nullable Long renewalOfContractId,
        RequestStatus status,
        RequestDraft content,
        @Nullable LocalDate submittedOn,
        @Nullable LocalDate commissionOn,
        @Nullable LocalDate decidedOn,
        @Nullable String refusalReasons,
        List<RequestTransition> history,
        List<RequestDocument> documents,
        boolean wordsWithheld) {

    /** The same request without the young person's words, for a reader they are not meant for. */
    public YoungAdultRequest withoutWords() {
        return new YoungAdultRequest(
                id,
                renewalOfContractId,
                status,
                RequestDraft.empty(),
                submittedOn,
                commissionOn,
                decidedOn,
                refusalReasons,
                history,
                List.of(),
                true);
    }

    /** The young person's words as the policy sees them: sent once submitted, shared when they chose to. */
    public Content words() {
        return Content.ownWords(status != RequestStatus.DRAFT, content.sharedWithParents());
    }
}
