package fr.reperes.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * "Quitter rapidement": a plain link to {@value #PATH}, which ends the session on the server (HTTP session, Vaadin
 * session, security context, session cookie) and sends the browser on to a neutral page, all in one redirect. On a
 * shared device, the next person who opens the portal must sign in again.
 * <p>
 * The provider's own session (Keycloak, FranceConnect) is not ended: that takes a round trip to the provider, and
 * leaving must be instant. So the exit leaves a cookie on the device, and the next sign-in from it asks the provider
 * to prompt for credentials again ({@code prompt=login}) instead of signing the previous person in silently.
 */
public final class QuickExit {

    /** Relative to the application's root, like every link of the portal. */
    public static final String PATH = "quitter";
    // A neutral name: whoever looks at the device's cookies must not read that someone left in a hurry.
    public static final String SIGN_IN_AGAIN_COOKIE = "rp-p";
    private static final int SIGN_IN_AGAIN_SECONDS = 12 * 60 * 60;

    private QuickExit() {}

    public static LogoutFilter filter(String neutralPage, String sessionCookie) {
        LogoutFilter filter = new LogoutFilter(
                (request, response, authentication) -> {
                    Cookie signInAgain = new Cookie(SIGN_IN_AGAIN_COOKIE, "1");
                    signInAgain.setPath(cookiePath(request));
                    signInAgain.setMaxAge(SIGN_IN_AGAIN_SECONDS);
                    signInAgain.setHttpOnly(true);
                    signInAgain.setSecure(request.isSecure());
                    signInAgain.setAttribute("SameSite", "Lax");
                    response.addCookie(signInAgain);
                    response.sendRedirect(neutralPage);
                },
                new SecurityContextLogoutHandler(),
                new CookieClearingLogoutHandler(sessionCookie));
        // A link, so that it works at once and without the portal's JavaScript. Forcing someone out of the portal
        // from another site gains nothing: the session cookie is SameSite=Lax, so only a navigation carries it.
        filter.setLogoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/" + PATH));
        return filter;
    }

    /** Adds {@code prompt=login} to the authorization request when this device left by the quick exit. */
    public static OAuth2AuthorizationRequestResolver promptAfterQuickExit(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(customizer -> {
            HttpServletRequest request = currentRequest();
            if (request != null && leftByQuickExit(request)) {
                customizer.additionalParameters(parameters -> parameters.put("prompt", "login"));
            }
        });
        return resolver;
    }

    static boolean leftByQuickExit(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies())
                        .anyMatch(cookie -> SIGN_IN_AGAIN_COOKIE.equals(cookie.getName()));
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    /** The resolver's customizer sees no request: Spring Boot's RequestContextFilter runs before security's. */
    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest()
                : null;
    }
}
