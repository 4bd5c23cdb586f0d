package fr.reperes.identity;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import fr.reperes.identity.signin.ReperesPrincipal;
import fr.reperes.identity.signin.SignedInPrincipals;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The {@link Viewer} of the current request, read from the database once per request: nothing about an account is
 * kept for the life of a session, so an identity that was unlinked or an account that was disabled stops acting at
 * once (and {@link StaleSessionFilter} ends its session).
 */
@Component
public class CurrentViewer {

    private static final String REQUEST_CACHE = CurrentViewer.class.getName();

    private final SignedInPrincipals principals;
    private final AccountDirectory directory;
    private final SecurityContextHolderStrategy securityContexts;

    /**
     * The security context is read through the application's strategy bean, as Spring Security's own filters do,
     * not the static holder: the static holder follows whichever application context started last in the JVM.
     */
    CurrentViewer(
            SignedInPrincipals principals,
            AccountDirectory directory,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.principals = principals;
        this.directory = directory;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public SecurityContextHolderStrategy securityContexts() {
        return securityContexts;
    }

    /** The signed-in viewer, as the database says now; empty when no one is, or when the session went stale. */
    public Optional<Viewer> find() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ReperesPrincipal principal) {
            Viewer now = current(principal);
            return isStillSignedInAs(principal.viewer(), now) ? Optional.of(now) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The signed-in viewer; every screen but the signed-out page requires one. */
    public Viewer require() {
        return find().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** Whether the session's principal is still what the database says its identity is. */
    public boolean isCurrent(ReperesPrincipal principal) {
        return isStillSignedInAs(principal.viewer(), current(principal));
    }

    /**
     * Same account and role as at sign-in: false once the identity was unlinked (access replaced), the account was
     * disabled, or an identity signed in without account got one elsewhere (its roles in this session are stale).
     */
    private static boolean isStillSignedInAs(Viewer signedIn, Viewer now) {
        return Objects.equals(signedIn.accountId(), now.accountId()) && signedIn.role() == now.role();
    }

    private Viewer current(ReperesPrincipal principal) {
        Viewer signedIn = principal.viewer();
        Optional<RequestCache> cache = requestCache();
        if (cache.isPresent()
                && cache.get().get() instanceof Viewer cached
                && Objects.equals(cached.subject(), signedIn.subject())) {
            return cached;
        }
        Viewer now = directory.viewerFor(
                Objects.requireNonNull(signedIn.subject(), "a signed-in identity has its subject"),
                signedIn.displayName());
        cache.ifPresent(found -> found.put(now));
        return now;
    }

    /**
     * Replaces the session's principal after an invitation linked the identity to an account, so the new role
     * applies from the next navigation without signing in again; the session gets a new id, as at sign-in.
     */
    public void switchTo(Viewer viewer) {
        Authentication current = securityContexts.getContext().getAuthentication();
        if (!(current instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof ReperesPrincipal principal)) {
            throw new IllegalStateException("Not signed in with OpenID Connect");
        }
        ReperesPrincipal updated = principals.withViewer(principal, viewer);
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(
                updated, updated.getAuthorities(), token.getAuthorizedClientRegistrationId()));
        securityContexts.setContext(context);
        // Where Spring Security's HttpSessionSecurityContextRepository reads it back on the next request.
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        // Session fixation: the session gains rights, so whoever planted or saw its old id must not share them. The
        // servlet container keeps the attributes (Vaadin's session included) and sends the new cookie.
        VaadinServletRequest.getCurrent().getHttpServletRequest().changeSessionId();
        requestCache().ifPresent(cache -> cache.put(null));
    }

    /** The current request's attributes: the servlet request's through Spring, or Vaadin's (also in view tests). */
    private static Optional<RequestCache> requestCache() {
        RequestAttributes spring = RequestContextHolder.getRequestAttributes();
        if (spring != null) {
            return Optional.of(new RequestCache() {
                public @Nullable Object get() {
                    return spring.getAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST);
                }

                public void put(@Nullable Viewer viewer) {
                    if (viewer == null) {
                        spring.removeAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST);
                    } else {
                        spring.setAttribute(REQUEST_CACHE, viewer, RequestAttributes.SCOPE_REQUEST);
                    }
                }
            });
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return Optional.of(new RequestCache() {
                public @Nullable Object get() {
                    return vaadin.getAttribute(REQUEST_CACHE);
                }

                public void put(@Nullable Viewer viewer) {
                    vaadin.setAttribute(REQUEST_CACHE, viewer);
                }
            });
        }
        return Optional.empty();
    }

    private interface RequestCache {
        @Nullable Object get();

        void put(@Nullable Viewer viewer);
    }
}
