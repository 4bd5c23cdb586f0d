package fr.reperes.identity;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** The {@link Viewer} of the current request. */
@Component
public class CurrentViewer {

    private final SignedInPrincipals principals;

    CurrentViewer(SignedInPrincipals principals) {
        this.principals = principals;
    }

    public Optional<Viewer> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ReperesPrincipal principal) {
            return Optional.of(principal.viewer());
        }
        return Optional.empty();
    }

    /** The signed-in viewer; every screen but the signed-out page requires one. */
    public Viewer require() {
        return find().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /**
     * Replaces the session's principal after an invitation linked the identity to an account, so the new role
     * applies from the next navigation without signing in again.
     */
    void switchTo(Viewer viewer) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!(current instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof ReperesPrincipal principal)) {
            throw new IllegalStateException("Not signed in with OpenID Connect");
        }
        ReperesPrincipal updated = principals.withViewer(principal, viewer);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(updated, updated.getAuthorities(),
                token.getAuthorizedClientRegistrationId()));
        SecurityContextHolder.setContext(context);
        // Where Spring Security's HttpSessionSecurityContextRepository reads it back on the next request.
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
