package fr.reperes;

import fr.reperes.identity.DevSignInConfiguration;
import fr.reperes.platform.EmbeddedMariaDbConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The development services: an embedded MariaDB and an OpenID Connect provider that signs in as whatever username
 * is typed. They live in src/test and their libraries are test-scoped, so the production jar cannot hold them;
 * {@code ./mvnw spring-boot:test-run} starts the portal with them ({@link TestReperesApplication}), and every
 * {@code @SpringBootTest} finds them by component scanning.
 */
@Configuration(proxyBeanMethods = false)
@Import({EmbeddedMariaDbConfiguration.class, DevSignInConfiguration.class})
public class DevServicesConfiguration {}
