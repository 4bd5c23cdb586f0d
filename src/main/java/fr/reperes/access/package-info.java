/**
 * Who may see what about a young person, and the journal of who did. The {@link fr.reperes.access.AccessPolicy}
 * is the only place that decides; the {@link fr.reperes.access.AuditJournal} is written by every service that reads
 * a young person's personal data, in the same call.
 * <p>
 * Tables: audit_entry.
 */
@ApplicationModule(
        displayName = "Access policy and audit journal",
        allowedDependencies = {"identity", "platform"})
@NullMarked
package fr.reperes.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
