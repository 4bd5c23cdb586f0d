package fr.reperes.identity;

import fr.reperes.identity.signin.ReperesPrincipal;
import fr.reperes.identity.signin.SecurityConfiguration;
import fr.reperes.identity.signin.SignedInPrincipals;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Builds the authentication a real OpenID Connect sign-in of {@code subject} produces, account and role included. */
public final class TestSignIn {

    private TestSignIn() {}

    public static OAuth2AuthenticationToken authentication(ApplicationContext context, String subject) {
        OidcIdToken token = new OidcIdToken(
                "test-token",
                Instant.now(),
                Instant.now().plusSeconds(3600),
                Map.of("sub", subject, "preferred_username", subject));
        OidcUser user = new DefaultOidcUser(List.of(), token, "sub");
        ReperesPrincipal principal = context.getBean(SignedInPrincipals.class).forIdentity(user);
        return new OAuth2AuthenticationToken(
                principal, principal.getAuthorities(), SecurityConfiguration.REGISTRATION_ID);
    }

    public static Viewer viewer(ApplicationContext context, String subject) {
        return ((ReperesPrincipal) authentication(context, subject).getPrincipal()).viewer();
    }
}
