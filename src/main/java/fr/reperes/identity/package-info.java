/**
 * Who is signed in: local accounts and their roles, the OpenID Connect identities linked to them, invitation codes,
 * and the sign-in itself (security configuration; the development provider is a test-scoped development service),
 * whose time is kept with the one before it for the home page's "what changed since your last visit" (V16).
 * <p>
 * Tables: account, account_identity, invitation, redemption_lock.
 * Publishes, read-only for other modules (V15__published_read_models.sql): identity_account_view.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform"})
@NullMarked
package fr.reperes.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
