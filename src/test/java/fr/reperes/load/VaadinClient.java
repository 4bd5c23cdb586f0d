package fr.reperes.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab of one virtual user, over HTTP: its own cookies (portal and identity provider), the OpenID Connect
 * sign-in through the development provider's login form, then Vaadin's protocol as Chromium speaks it (captured from
 * Chromium 156 against Vaadin 25.2): the route's HTML (bootstrap), {@code ?v-r=init} (the UI, its CSRF token and sync
 * id), a {@code ui-navigate} event on the UI's node 1 (which renders the view), then UIDL requests with events, map
 * syncs and published server calls carrying the CSRF token, the server's sync id and the client's message id; leaving
 * a page sends the {@code UNLOAD} beacon that closes its UI.
 */
final class VaadinClient {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The server's last UIDL answers, as text (a grid's rows may come with the change that reset it). */
    private final Deque<String> lastAnswers = new ArrayDeque<>();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** What Chromium sends with the init request: screen, window, time zone; the server reads them as browser details. */
    private static final String BROWSER_DETAILS = "&v-sh=740&v-sw=360&v-wh=740&v-ww=360&v-bh=740&v-bw=360"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FParis&v-wn=v-load&v-td=true&v-pr=2"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    /** A request the server refused or answered with an error: counted as an error of its kind. */
    static class LoadFailure extends RuntimeException {
        LoadFailure(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final URI base;
    private final Recorder recorder;
    private final Map<String, Map<String, String>> cookies = new HashMap<>();
    private UiTree tree = new UiTree();
    private int uiId = -1;
    private String csrf = "";
    private int syncId;
    private int clientId;
    private int promise;

    VaadinClient(HttpClient http, URI base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    UiTree tree() {
        return tree;
    }

    /**
     * The authorization-code flow as a browser follows it: the portal sends to its authorization endpoint, which sends
     * to the provider's login form; the form is posted with the username; the provider sends back to the portal's
     * callback, which signs the session in and sends to the page first asked for. One sample of kind "sign-in".
     */
    void signIn(String username) {
        long start = System.nanoTime();
        try {
            URI authorization = location(expect(get(base.resolve("/")), 302));
            URI authorize = location(expect(get(authorization), 302));
            String form = expect(get(authorize), 200).body();
            if (!form.contains("username")) {
                throw new LoadFailure("no login form at " + authorize.getHost() + ":" + authorize.getPort());
            }
            URI callback = location(expect(
                    post(
                            authorize,
                            "application/x-www-form-urlencoded",
                            "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&claims="),
                    302));
            HttpResponse<String> back = expect(get(callback), 302);
            if (location(back).getPath().startsWith("/login")) {
                throw new LoadFailure("sign-in refused for " + username + ": " + location(back));
            }
            recorder.time("sign-in", System.nanoTime() - start);
        } catch (LoadFailure failure) {
            recorder.error("sign-in", failure.getMessage());
            throw failure;
        }
    }

    /**
     * Opens {@code route} as typing its address does: the page (kind "bootstrap"), the init request (kind "init"),
     * then the router's navigation event that renders the view (kind "navigate"). The previous UI, if any, is left with
     * the unload beacon first, as the browser sends it when a page is left.
     */
    void open(String route) {
        unload();
        timed("bootstrap", () -> {
            HttpResponse<String> page = expect(get(base.resolve("/" + route)), 200);
            if (!page.body().contains("<html")) {
                throw new LoadFailure("not an HTML page for /" + route);
            }
            return page;
        });
        JsonNode init = timed("init", () -> {
            HttpResponse<String> response = expect(
                    get(base.resolve("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                            + "&query=&v-curdate=" + System.currentTimeMillis() + BROWSER_DETAILS)),
                    200);
            return JSON.readTree(response.body());
        });
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            recorder.error("init", "no UI in the init answer: " + init.toString());
            throw new LoadFailure("no UI in the init answer");
        }
        uiId = config.path("v-uiId").asInt();
        csrf = uidl.path("Vaadin-Security-Key").asString();
        tree = new UiTree();
        syncId = -1;
        clientId = 0;
        promise = 0;
        handle(uidl);
        rpc("navigate", navigation("/" + route, ""));
    }

    /** Follows a router link inside the page: the {@code ui-navigate} event a click on a link sends. */
    void navigate(String route) {
        rpc("navigate", navigation(route, "client"));
    }

    private ObjectNode navigation(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        return event(1, "ui-navigate", data);
    }

    /** A click on a button as Chromium reports it. */
    void click(UiTree.Node node, String kind) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 180);
        data.put("event.clientY", 400);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 480);
        data.put("event.screenX", 180);
        rpc(kind, event(node.id, "click", data));
    }

    /** A DOM event without data on a node: a confirm dialog's "confirm", for instance. */
    void domEvent(UiTree.Node node, String event, String kind) {
        rpc(kind, event(node.id, event, JSON.createObjectNode()));
    }

    /** A field's new value, as the web component syncs it: the property, then its change event. */
    void setValue(UiTree.Node node, String value, String kind) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", UiTree.PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        rpc(kind, sync, event(node.id, "value-changed", JSON.createObjectNode()));
    }

    /** The grid connector asking for the rows from {@code first}: {@code $server.setViewportRange}. */
    void gridRange(UiTree.Node grid, int first, int count) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", grid.id);
        call.put("templateEventMethodName", "setViewportRange");
        ArrayNode args = call.putArray("templateEventMethodArgs");
        args.add(first);
        args.add(count);
        call.put("promise", promise++);
        rpc("grid-page", call);
    }

    /** The beacon a page sends when it is left: the server closes the UI at once instead of after missed heartbeats. */
    void unload() {
        if (uiId < 0) {
            return;
        }
        ObjectNode message = message();
        message.put("UNLOAD", true);
        try {
            post(uidlUri(), "text/plain;charset=UTF-8", message.toString());
        } catch (LoadFailure ignored) {
            // A beacon's answer is never read.
        }
        uiId = -1;
    }

    /** "Quitter rapidement": the session ends on the server, as when a person leaves the portal. */
    void leave() {
        timed("sign-out", () -> expect(get(base.resolve("/quitter")), 302));
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private ObjectNode message() {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        message.putArray("rpc");
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message;
    }

    private URI uidlUri() {
        return base.resolve("/?v-r=uidl&v-uiId=" + uiId);
    }

    private void rpc(String kind, ObjectNode... invocations) {
        ObjectNode message = message();
        ArrayNode rpc = (ArrayNode) message.get("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        JsonNode answer = timed(kind, () -> {
            HttpResponse<String> response =
                    expect(post(uidlUri(), "application/json; charset=UTF-8", message.toString()), 200);
            String body = response.body();
            if (body.startsWith("for(;;);")) {
                body = body.substring("for(;;);".length());
            }
            JsonNode json = JSON.readTree(body);
            if (json.isArray()) {
                json = json.path(0);
            }
            JsonNode meta = json.path("meta");
            if (meta.has("appError") || meta.has("sessionExpired") || json.has("resynchronize")) {
                throw new LoadFailure("UIDL error: " + meta);
            }
            return json;
        });
        handle(answer);
    }

    /**
     * Every distinct match of {@code pattern} in the server's last answers: rows a grid renders in the browser
     * (LitRenderer) travel as data, not as state nodes, so their links are found there.
     */
    List<String> inLastAnswers(String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(String.join("\n", lastAnswers));
        Set<String> found = new LinkedHashSet<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return List.copyOf(found);
    }

    private void handle(JsonNode uidl) {
        lastAnswers.addLast(uidl.toString());
        if (lastAnswers.size() > 4) {
            lastAnswers.removeFirst();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        tree.apply(uidl.get("changes"));
    }

    interface Call<T> {
        T call() throws Exception;
    }

    private <T> T timed(String kind, Call<T> call) {
        long start = System.nanoTime();
        try {
            T result = call.call();
            recorder.time(kind, System.nanoTime() - start);
            return result;
        } catch (LoadFailure failure) {
            recorder.error(kind, failure.getMessage());
            throw failure;
        } catch (Exception e) {
            recorder.error(kind, e.toString());
            throw new LoadFailure(kind + ": " + e);
        }
    }

    private HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new LoadFailure(response.request().method() + " "
                    + response.uri().getPath() + " answered " + response.statusCode() + " instead of " + status);
        }
        return response;
    }

    private static URI location(HttpResponse<?> response) {
        return response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new LoadFailure("no Location, status " + response.statusCode())));
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), uri);
    }

    private HttpResponse<String> post(URI uri, String contentType, String body) {
        return send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                uri);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, URI uri) {
        String cookie = cookieHeader(uri);
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        builder.header("Accept-Language", "fr-FR").timeout(TIMEOUT);
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            remember(uri, response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new LoadFailure(uri.getPath() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted");
        }
    }

    private String cookieHeader(URI uri) {
        Map<String, String> jar = cookies.get(uri.getAuthority());
        if (jar == null) {
            return "";
        }
        StringBuilder header = new StringBuilder();
        jar.forEach((name, value) -> {
            if (!header.isEmpty()) {
                header.append("; ");
            }
            header.append(name).append('=').append(value);
        });
        return header.toString();
    }

    private void remember(URI uri, List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            Map<String, String> jar = cookies.computeIfAbsent(uri.getAuthority(), k -> new LinkedHashMap<>());
            boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
            if (expired) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }

    @Nullable String cookie(String authority, String name) {
        Map<String, String> jar = cookies.get(authority);
        return jar == null ? null : jar.get(name);
    }
}
