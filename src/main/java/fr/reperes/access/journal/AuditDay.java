package fr.reperes.access.journal;

import fr.reperes.access.AccessReason;
import fr.reperes.access.InformationKind;
import fr.reperes.identity.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What one person did with the young person's file on one day (in the application's zone), as the young person
 * sees it: each kind read once, whatever the number of reads, and every refused attempt with its reason.
 *
 * @param reasons   why the reads were allowed (a person may be both référent and service head over time)
 * @param read      kinds opened that day, each once
 * @param listed    kinds seen in a list (a caseload, a search)
 * @param replacedAccess whether the person issued a code replacing a sign-in identity linked to the file
 * @param refusals  attempts the policy refused, each kind and reason once
 */
public record AuditDay(
        LocalDate day,
        String actorName,
        Role actorRole,
        Instant first,
        Instant last,
        Set<AccessReason> reasons,
        Set<InformationKind> read,
        Set<InformationKind> listed,
        boolean replacedAccess,
        List<Refusal> refusals) {

    /** One refused attempt: what was asked, and the policy's reason. */
    public record Refusal(InformationKind kind, AccessReason reason) {}
}
