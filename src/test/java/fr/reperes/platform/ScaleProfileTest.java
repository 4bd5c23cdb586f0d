package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml's {@code scale} profile, as far as it can be checked without a Docker engine: two portal
 * instances of one image with the same settings (one database), behind HAProxy with sticky sessions by cookie and
 * Vaadin's websocket and long polling let through; the base services stay as they were for {@code docker compose up}.
 * The same arrangement runs without Docker in VoteBurstBenchmarkTest (two portal processes, each member pinned to one).
 */
class ScaleProfileTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path HAPROXY = Path.of("deploy/haproxy/haproxy.cfg");

    @Test
    @SuppressWarnings("unchecked")
    void theScaleProfileAddsASecondPortalOfTheSameSettingsAndAStickyProxy() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("db", "keycloak", "mailpit", "portal", "portal-2", "proxy");
        for (String base : List.of("db", "keycloak", "mailpit", "portal")) {
            assertThat(services.get(base))
                    .as(base + " starts without a profile")
                    .doesNotContainKey("profiles");
        }
        for (String scaled : List.of("portal-2", "proxy")) {
            assertThat((List<String>) services.get(scaled).get("profiles"))
                    .as(scaled)
                    .containsExactly("scale");
        }

        Map<String, Object> portal = services.get("portal");
        Map<String, Object> second = services.get("portal-2");
        assertThat(second.get("image")).isEqualTo(portal.get("image"));
        assertThat(second.get("build")).isEqualTo(portal.get("build"));
        assertThat(second.get("environment"))
                .as("one database, one identity provider, one mail server, one public address")
                .isEqualTo(portal.get("environment"));
        assertThat(second).as("reached through the proxy only").doesNotContainKey("ports");
        assertThat((Map<String, Object>) second.get("depends_on")).containsKeys("db", "keycloak", "mailpit");

        Map<String, Object> proxy = services.get("proxy");
        assertThat((List<String>) proxy.get("ports")).contains("8088:8088");
        assertThat((List<String>) proxy.get("volumes"))
                .anyMatch(volume -> volume.startsWith("./" + HAPROXY + ":/usr/local/etc/haproxy/haproxy.cfg"));
        assertThat((Map<String, Object>) proxy.get("depends_on")).containsKeys("portal", "portal-2");
    }

    @Test
    void theProxySendsEachBrowserBackToItsInstanceAndLetsVaadinsConnectionsThrough() throws IOException {
        String config = Files.readString(HAPROXY);
        assertThat(config).containsPattern("(?m)^\\s*bind :8088$");
        assertThat(config)
                .as("a cookie set by the proxy pins the browser to an instance")
                .containsPattern("(?m)^\\s*cookie REPERES_NODE insert indirect nocache");
        Matcher servers = Pattern.compile("(?m)^\\s*server (\\S+) (\\S+) check cookie (\\S+)$")
                .matcher(config);
        List<String> addresses = new ArrayList<>();
        List<String> cookies = new ArrayList<>();
        while (servers.find()) {
            addresses.add(servers.group(2));
            cookies.add(servers.group(3));
        }
        assertThat(addresses).containsExactly("portal:8080", "portal-2:8080");
        assertThat(cookies).doesNotHaveDuplicates().hasSize(2);
        assertThat(config)
                .as("websocket and long polling stay open")
                .containsPattern("(?m)^\\s*timeout tunnel \\d+[hm]$");
        assertThat(config).containsPattern("(?m)^\\s*option forwardfor$");
    }

    @Test
    void theIdentityProviderSendsPeopleBackThroughTheProxyToo() throws IOException {
        String realm = Files.readString(Path.of("deploy/keycloak/reperes-realm.json"));
        assertThat(realm)
                .contains("\"http://localhost:8080/login/oauth2/code/reperes\"")
                .contains("\"http://localhost:8088/login/oauth2/code/reperes\"");
    }
}
