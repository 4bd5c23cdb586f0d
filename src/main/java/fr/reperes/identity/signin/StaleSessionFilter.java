package fr.reperes.identity.signin;

import fr.reperes.identity.CurrentViewer;
import fr.reperes.platform.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs on every request once the security context is loaded from the session: when the database no longer says
 * what the session's principal says (the identity was unlinked because the référent replaced the access, or the
 * account was disabled), the session ends there and the request goes on unauthenticated, so the usual rules send the
 * person to sign in again (a page is redirected; a Vaadin request finds its session expired and reloads).
 */
class StaleSessionFilter extends OncePerRequestFilter {

    /** What a page load fetches besides the page: the frontend bundle and the public files. */
    private static final List<String> STATIC_PREFIXES =
            List.of("/VAADIN/build/", "/VAADIN/static/", "/styles/", "/branding/", "/images/", "/favicon.ico");

    private final CurrentViewer currentViewer;

    StaleSessionFilter(CurrentViewer currentViewer) {
        this.currentViewer = currentViewer;
    }

    /**
     * The frontend bundle and the public files hold nothing personal: a page load asks for a dozen of them, and
     * checking the account for each would cost a query apiece. The page, its UIDL and push requests are checked.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication =
                currentViewer.securityContexts().getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof ReperesPrincipal principal
                && !isCurrent(principal)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            currentViewer.securityContexts().clearContext();
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the principal is still what the database says; while the database cannot be reached, it cannot be
     * asked, and the request goes on: everything it would read or change needs the database too, and fails there
     * with the message that Repères is momentarily unavailable, in the page (not a bare error of the request).
     */
    private boolean isCurrent(ReperesPrincipal principal) {
        try {
            return currentViewer.isCurrent(principal);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return true;
            }
            throw e;
        }
    }
}
