package fr.reperes.access.journal;

import fr.reperes.access.AccessReason;
import fr.reperes.access.AuditAction;
import fr.reperes.access.InformationKind;
import fr.reperes.identity.Role;
import java.time.Instant;

/** One entry of the journal, as shown to the young person ("who looked at my file"). */
public record AuditLine(
        Instant occurredAt,
        String actorName,
        Role actorRole,
        InformationKind kind,
        AccessReason reason,
        AuditAction action) {}
