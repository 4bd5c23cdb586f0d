package fr.reperes.identity.signin;

import fr.reperes.identity.Viewer;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The signed-in OpenID Connect user, carrying the {@link Viewer} of the local account it is linked to. */
public class ReperesPrincipal extends DefaultOidcUser {

    private final Viewer viewer;

    ReperesPrincipal(OidcUser oidcUser, Viewer viewer, Collection<? extends GrantedAuthority> authorities) {
        this(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo(), viewer);
    }

    private ReperesPrincipal(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo,
            Viewer viewer) {
        super(authorities, idToken, userInfo);
        this.viewer = viewer;
    }

    public Viewer viewer() {
        return viewer;
    }
}
