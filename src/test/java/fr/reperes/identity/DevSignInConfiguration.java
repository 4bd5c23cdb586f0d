package fr.reperes.identity;

import fr.reperes.identity.signin.SecurityConfiguration;
import java.net.InetAddress;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * Development sign-in: a real OpenID Connect provider (mock-oauth2-server) runs in-process on a loopback port, and its
 * login page signs in as whatever username is typed. The demo accounts are linked to the subjects lina, karim,
 * claire... A development service (src/test, test-scoped library): the production jar cannot hold it, and
 * ProductionSettingsCheck refuses the production profile wherever it is on the classpath.
 */
@Configuration(proxyBeanMethods = false)
public class DevSignInConfiguration {

    static final String ISSUER_ID = "reperes";
    private static final Logger log = LoggerFactory.getLogger(DevSignInConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MockOAuth2Server devOidcProvider(@Value("${reperes.dev-signin.port}") int port) {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
        server.start(InetAddress.getLoopbackAddress(), port);
        log.info(
                "Development sign-in provider at {} (type any demo username: lina, karim, claire...)",
                server.issuerUrl(ISSUER_ID));
        return server;
    }

    /** Endpoints from the running server rather than by discovery: same result, seconds less at start-up. */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(MockOAuth2Server devOidcProvider) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(SecurityConfiguration.REGISTRATION_ID)
                .clientId("reperes-portal")
                .clientSecret("development-only")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .issuerUri(devOidcProvider.issuerUrl(ISSUER_ID).toString())
                .authorizationUri(
                        devOidcProvider.authorizationEndpointUrl(ISSUER_ID).toString())
                .tokenUri(devOidcProvider.tokenEndpointUrl(ISSUER_ID).toString())
                .jwkSetUri(devOidcProvider.jwksUrl(ISSUER_ID).toString())
                .userInfoUri(devOidcProvider.userInfoUrl(ISSUER_ID).toString())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                // Read by the sign-out handler to end the session at the provider too.
                .providerConfigurationMetadata(Map.of(
                        "end_session_endpoint",
                        devOidcProvider.endSessionEndpointUrl(ISSUER_ID).toString()))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
