package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * deploy/haproxy/haproxy.cfg itself, run by a local HAProxy (skipped where none is installed) in front of two stand-ins
 * for the portal instances: a browser without the cookie is sent to either instance and given REPERES_NODE; with it,
 * every request goes back to the same instance; when that instance stops, its browsers go to the other. Only the
 * addresses are changed (the compose service names become local ports).
 */
@Tag("nodes")
class StickyProxyTest {

    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    @Test
    void eachBrowserStaysOnItsInstanceUntilThatInstanceStops() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HAPROXY), "HAProxy is not installed");
        HttpServer first = instance("p1");
        HttpServer second = instance("p2");
        int front = freePort();
        String config = Files.readString(Path.of("deploy/haproxy/haproxy.cfg"))
                .replace("bind :8088", "bind 127.0.0.1:" + front)
                .replace("bind :8089", "bind 127.0.0.1:" + freePort())
                .replace("portal:8080", "127.0.0.1:" + first.getAddress().getPort())
                .replace("portal-2:8080", "127.0.0.1:" + second.getAddress().getPort())
                .replace("check cookie", "check inter 200ms cookie");
        Path file = Files.createTempFile("haproxy", ".cfg");
        Files.writeString(file, config);
        Process proxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "haproxy-sticky.log").toFile())
                .start();
        HttpClient browser = HttpClient.newHttpClient();
        URI portal = URI.create("http://127.0.0.1:" + front + "/");
        try {
            // Browsers without the cookie are spread over both instances, each given the cookie of its own.
            Set<String> reached = new HashSet<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                HttpResponse<String> response = get(browser, portal, null);
                if (response.statusCode() == 200) {
                    reached.add(response.body());
                    assertThat(cookie(response))
                            .hasValueSatisfying(
                                    set -> assertThat(set).startsWith("REPERES_NODE=" + response.body() + ";"));
                }
                return reached.size() == 2;
            });

            HttpResponse<String> firstVisit = get(browser, portal, null);
            String pinned = firstVisit.body();
            String cookie = cookie(firstVisit).orElseThrow().split(";")[0];
            for (int click = 0; click < 20; click++) {
                assertThat(get(browser, portal, cookie).body())
                        .as("click " + click)
                        .isEqualTo(pinned);
            }

            (pinned.equals("p1") ? first : second).stop(0);
            String other = pinned.equals("p1") ? "p2" : "p1";
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> other.equals(get(browser, portal, cookie).body()));
        } finally {
            proxy.destroy();
            proxy.waitFor();
            first.stop(0);
            second.stop(0);
        }
    }

    private static HttpServer instance(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = name.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static HttpResponse<String> get(HttpClient browser, URI portal, @Nullable String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal).timeout(Duration.ofSeconds(10));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cookie(HttpResponse<String> response) {
        List<String> set = response.headers().allValues("set-cookie");
        return set.stream().filter(c -> c.startsWith("REPERES_NODE=")).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
