/**
 * Who is signed in: local accounts and their roles, the OpenID Connect identities linked to them, invitation codes,
 * and the sign-in itself (security configuration and the in-process development provider).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package fr.reperes.identity;
