package fr.reperes.autonomy;

import java.time.LocalDate;
import java.util.List;

/**
 * A request for a contrat jeune majeur and where it stands.
 *
 * @param renewalOfContractId the contract it asks to renew, null for a first request
 * @param history             every transition, oldest first
 */
public record YoungAdultRequest(long id, Long renewalOfContractId, RequestStatus status, RequestDraft content,
                                LocalDate submittedOn, LocalDate commissionOn, LocalDate decidedOn,
                                String refusalReasons, List<RequestTransition> history,
                                List<RequestDocument> documents) {
}
