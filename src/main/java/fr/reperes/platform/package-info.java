/**
 * Technical ground every module stands on and none owns: the application's clock and scheduling, translations,
 * dates in words, the built-in texts of Vaadin's components, bounded uploads, read-aloud, the input-error type, what an unreachable database looks like, retries of durable events and the production settings check.
 * It depends on no other module; it owns Spring Modulith's event publication registry.
 * <p>
 * Tables: EVENT_PUBLICATION.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
@NullMarked
package fr.reperes.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
