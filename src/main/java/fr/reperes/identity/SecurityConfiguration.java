package fr.reperes.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * OpenID Connect is the only way in, in every profile: unauthenticated visitors go straight to the provider, and
 * signing out ends the session at the provider too, then lands on the public signed-out page.
 */
@EnableWebSecurity
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "reperes";
    static final String LOGIN_PAGE = "/oauth2/authorization/" + REGISTRATION_ID;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignedInPrincipals principals,
                                           CurrentViewer currentViewer) throws Exception {
        // No identity cached for the life of a session: a replaced access or a disabled account ends it.
        http.addFilterAfter(new StaleSessionFilter(currentViewer),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/branding/**", "/images/**", "/favicon.ico").permitAll());
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new AccountLinkingOidcUserService(principals))));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(LOGIN_PAGE, "{baseUrl}/" + SignedOutView.ROUTE));
        return http.build();
    }
}
