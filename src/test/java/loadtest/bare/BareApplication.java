package loadtest.bare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bare Spring Boot + Vaadin application on the portal's classpath: {@code bare.properties} instead of the portal's
 * settings, and every auto-configuration of what the portal adds to Vaadin (database, JPA, Flyway, security and
 * OpenID Connect, mail, Spring Modulith) switched off, so that what remains is Tomcat, Spring MVC and Vaadin.
 */
@SpringBootApplication
public class BareApplication {

    private static final Pattern PORTAL_ONLY = Pattern.compile(
            "(?i).*(jdbc|jpa|hibernate|flyway|datasource|sql|persistence|transaction|security|oauth2|mail|modulith"
                    + "|data\\.|liquibase|validation).*");

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(BareApplication.class);
        application.setDefaultProperties(Map.of("spring.autoconfigure.exclude", String.join(",", portalOnly())));
        List<String> all = new ArrayList<>(List.of(args));
        all.addFirst("--spring.config.name=bare");
        return application.run(all.toArray(String[]::new));
    }

    /** The auto-configurations on the classpath that serve what the portal adds, by their names. */
    static List<String> portalOnly() {
        List<String> excluded = new ArrayList<>();
        try {
            for (URL imports : Collections.list(BareApplication.class
                    .getClassLoader()
                    .getResources(
                            "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
                try (InputStream in = imports.openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String name = line.trim();
                        if (!name.isEmpty()
                                && !name.startsWith("#")
                                && PORTAL_ONLY.matcher(name).matches()) {
                            excluded.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return excluded;
    }
}
