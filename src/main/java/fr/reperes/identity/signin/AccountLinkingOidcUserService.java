package fr.reperes.identity.signin;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Loads the provider's user as usual, then attaches the local account and its role. */
class AccountLinkingOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final SignedInPrincipals principals;

    AccountLinkingOidcUserService(SignedInPrincipals principals) {
        this.principals = principals;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return principals.signIn(delegate.loadUser(request));
    }
}
