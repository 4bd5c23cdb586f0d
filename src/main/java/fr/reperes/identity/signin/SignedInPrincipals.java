package fr.reperes.identity.signin;

import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Builds the principal of a signed-in identity from the local account linked to its subject. Roles come from the
 * account, never from the provider's token: the provider proves who someone is, Repères decides what they are.
 */
@Component
public class SignedInPrincipals {

    /** Every signed-in identity has it, with or without an account. */
    static final String SIGNED_IN = "SIGNED_IN";

    private final AccountDirectory directory;

    SignedInPrincipals(AccountDirectory directory) {
        this.directory = directory;
    }

    /**
     * A sign-in with the provider: the principal, and the time kept for the home page's "what changed since your last
     * visit" ({@link #forIdentity} alone only builds the principal).
     */
    public ReperesPrincipal signIn(OidcUser oidcUser) {
        ReperesPrincipal principal = forIdentity(oidcUser);
        Long accountId = principal.viewer().accountId();
        if (accountId != null) {
            directory.recordSignIn(accountId);
        }
        return principal;
    }

    public ReperesPrincipal forIdentity(OidcUser oidcUser) {
        Viewer viewer = directory.viewerFor(subject(oidcUser), displayName(oidcUser));
        String email = oidcUser.getEmail();
        if (viewer.accountId() != null && StringUtils.hasText(email)) {
            directory.rememberEmail(viewer.accountId(), email);
        }
        return withViewer(oidcUser, viewer);
    }

    public ReperesPrincipal withViewer(OidcUser oidcUser, Viewer viewer) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
        if (viewer.role() != null) {
            authorities.add(new SimpleGrantedAuthority(viewer.role().authority()));
        }
        return new ReperesPrincipal(oidcUser, viewer, authorities);
    }

    private static String displayName(OidcUser user) {
        if (StringUtils.hasText(user.getFullName())) {
            return user.getFullName();
        }
        if (StringUtils.hasText(user.getPreferredUsername())) {
            return user.getPreferredUsername();
        }
        return subject(user);
    }

    private static String subject(OidcUser user) {
        return Objects.requireNonNull(
                user.getSubject(), "an ID token always names its subject (OpenID Connect Core, 2)");
    }
}
