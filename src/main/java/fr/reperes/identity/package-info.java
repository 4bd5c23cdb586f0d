/**
 * Who is signed in: local accounts and their roles, the OpenID Connect identities linked to them, invitation codes,
 * and the sign-in itself (security configuration; the development provider is a test-scoped development service).
 */
@ApplicationModule(displayName = "Identity",
        allowedDependencies = {"platform"})
@NullMarked
package fr.reperes.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
