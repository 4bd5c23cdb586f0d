package fr.reperes.identity.signin;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.QuickExit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * OpenID Connect is the only way in, in every profile: unauthenticated visitors go straight to the provider, and
 * signing out ends the session at the provider too, then lands on the public signed-out page.
 */
@EnableWebSecurity
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    public static final String REGISTRATION_ID = "reperes";
    public static final String LOGIN_PAGE = "/oauth2/authorization/" + REGISTRATION_ID;

    /**
     * What Vaadin Flow needs and no more: its bootstrap is an inline script and it turns the server's executeJs into
     * functions ('unsafe-inline' 'unsafe-eval', see Vaadin's "Content Security Policy"); Lumo sets inline styles.
     * Everything else comes from the portal itself, and no other site may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Nothing in the portal uses the device's sensors, camera, microphone or location. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignedInPrincipals principals,
            ClientRegistrationRepository registrations,
            @Value("${reperes.quick-exit-url}") String neutralPage,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
            CurrentViewer currentViewer)
            throws Exception {
        // No identity cached for the life of a session: a replaced access or a disabled account ends it.
        http.addFilterAfter(new StaleSessionFilter(currentViewer), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/branding/**", "/images/**", "/favicon.ico")
                        .permitAll());
        http.oauth2Login(login -> login.authorizationEndpoint(endpoint ->
                        endpoint.authorizationRequestResolver(QuickExit.promptAfterQuickExit(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new AccountLinkingOidcUserService(principals))));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Only over HTTPS (or behind a TLS proxy that says so), as the standard requires.
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Before the response starts: written lazily, they never reached Vaadin's own pages (the bootstrap
                // page went out with none of them and Vaadin's default X-Frame-Options: SAMEORIGIN).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.addFilterBefore(QuickExit.filter(neutralPage, sessionCookie), LogoutFilter.class);
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                // Vaadin 25 denies by default what matches no rule, with an empty 404 the browser shows as its own
                // error page; signed in, an unknown address reaches the router and the portal's "page introuvable".
                // Every route is still checked by Vaadin's navigation access control and by the access policy.
                vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}/" + SignedOutView.ROUTE)
                        .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }
}
