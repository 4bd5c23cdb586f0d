/**
 * OpenID Connect sign-in, the security configuration, the session check at every request and sign-out.
 */
@NullMarked
package fr.reperes.identity.signin;

import org.jspecify.annotations.NullMarked;
