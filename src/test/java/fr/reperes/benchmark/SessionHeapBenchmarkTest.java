package fr.reperes.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Live heap per open session, rerunnable with {@code ./mvnw -Pbenchmark test -Dtest=SessionHeapBenchmarkTest}: opens
 * {@value #WARM_UP} sessions, then {@code -Dsessions} more (200 by default), each a Vaadin session of its own with
 * its own HTTP session, security context (as Spring Security keeps it in the HTTP session), UI, page and frame, all
 * kept alive; a grid is asked its first page as the browser asks it. Between the two, a class histogram of the live
 * objects (the JVM's {@code GC.class_histogram}, which runs a full collection first) measures the growth, divided by
 * the number of sessions. Done for Lina on her PPE and for Claire on her caseload (the home page), each in a JVM of
 * its own context. What Tomcat adds to a session (its own object, a few hundred bytes) and the browser's push or
 * request buffers are not in it. Results go to target/benchmark-session-heap.md (one section per page, appended).
 */
@Tag("benchmark")
class SessionHeapBenchmarkTest extends KaribuTest {

    private static final int WARM_UP = 20;
    private static final int SESSIONS = Integer.getInteger("sessions", 200);
    /** How many steps from the session the report of where its bytes are names. */
    private static final int WEIGHT_PATH_STEPS = Integer.getInteger("weightSteps", 4);

    private static final Path REPORT = Path.of("target/benchmark-session-heap.md");

    private final List<Object> keptAlive = new ArrayList<>();

    @Test
    void linaOnHerPpe() throws Exception {
        measure("lina", "ppe", "PPE page of a young person (lina, /ppe)");
    }

    @Test
    void claireOnHerCaseload() throws Exception {
        measure("claire", "", "caseload of a référente (claire, home page)");
    }

    private void measure(String subject, String route, String page) throws Exception {
        signInAs(subject);
        keep(subject, route, false);
        for (int i = 1; i < WARM_UP; i++) {
            keep(subject, route, true);
        }
        Map<String, long[]> before = histogram();
        for (int i = 0; i < SESSIONS; i++) {
            keep(subject, route, true);
        }
        Map<String, long[]> after = histogram();
        int kept = keptAlive.size();
        String regions = regions()
                + SessionWeight.report(
                        keptAlive.subList(kept - 2, kept), keptAlive.subList(kept - 4, kept - 2), WEIGHT_PATH_STEPS);
        long serialized = serializedSize(VaadinSession.getCurrent());
        report(page, before, after, serialized, regions);
    }

    /** One more session of {@code subject} on {@code route}, kept as Tomcat keeps an open session. */
    private void keep(String subject, String route, boolean newSession) throws Exception {
        Authentication authentication = TestSignIn.authentication(context, subject);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
        if (newSession) {
            newMockedSession();
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(Locale.FRENCH);
        WrappedSession http = session.getSession();
        http.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
        UI.getCurrent().navigate(route);
        MockVaadin.clientRoundtrip(false);
        // The browser asks a grid for the rows it shows: the server keeps their keys until the next request.
        for (Grid<?> grid : _find(UI.getCurrent(), Grid.class)) {
            grid.getDataCommunicator().setViewportRange(0, grid.getPageSize());
        }
        MockVaadin.clientRoundtrip(false);
        // What the response writer does once the changes are sent: the tree keeps no pending change.
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {});
        keptAlive.add(http);
        keptAlive.add(session);
    }

    /** Karibu's own way of starting a session, without closing the current one (which stays referenced here). */
    private static void newMockedSession() throws Exception {
        ServletContext servletContext = ((VaadinServletService)
                        VaadinSession.getCurrent().getService())
                .getServlet()
                .getServletContext();
        Method create = MockVaadin.class.getDeclaredMethod("createSession", ServletContext.class, Function0.class);
        create.setAccessible(true);
        Function0<UI> uiFactory = UI::new;
        create.invoke(MockVaadin.INSTANCE, servletContext, uiFactory);
    }

    /** Instances and bytes per class of the live objects, after the full collection the command runs first. */
    private static Map<String, long[]> histogram() throws Exception {
        // Twice: the first collection may leave what only a second one finds unreachable (finalisable, soft).
        diagnostic("gcClassHistogram");
        String text = diagnostic("gcClassHistogram");
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 4 && fields[0].endsWith(":")) {
                classes.put(fields[3], new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])});
            }
        }
        return classes;
    }

    private static String diagnostic(String command) throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        command,
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
    }

    /** Elements (state nodes, the unit of a session's weight: an element, a text, a component's own data) of the frame's parts and of the page's. */
    private static String regions() {
        StringBuilder text = new StringBuilder("\nState nodes per part of the last session's page:\n\n");
        UI ui = UI.getCurrent();
        text.append("- whole UI: ").append(elements(ui.getElement())).append('\n');
        ui.getChildren().forEach(top -> top.getChildren().forEach(part -> describe(text, part, "  ")));
        return text.toString();
    }

    private static void describe(StringBuilder text, Component part, String indent) {
        text.append(indent)
                .append("- ")
                .append(part.getClass().getSimpleName())
                .append(part.getId().map(id -> "#" + id).orElse(""))
                .append(
                        part.getElement().getAttribute("slot") == null
                                ? ""
                                : " [" + part.getElement().getAttribute("slot") + "]")
                .append(": ")
                .append(elements(part.getElement()))
                .append('\n');
        if (indent.length() < 6) {
            part.getChildren().forEach(child -> describe(text, child, indent + "  "));
        }
    }

    private static int elements(Element element) {
        int[] count = {0};
        element.getNode().visitNodeTree(node -> count[0]++);
        return count[0];
    }

    private static long serializedSize(VaadinSession session) {
        long[] count = {0};
        try (ObjectOutputStream out = new ObjectOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        })) {
            out.writeObject(session);
        } catch (IOException e) {
            System.out.println("Session not serialisable: " + e);
            return -1;
        }
        return count[0];
    }

    private static void report(
            String page, Map<String, long[]> before, Map<String, long[]> after, long serialized, String regions)
            throws IOException {
        long totalBefore = before.values().stream().mapToLong(c -> c[1]).sum();
        long totalAfter = after.values().stream().mapToLong(c -> c[1]).sum();
        double perSession = (totalAfter - totalBefore) / (double) SESSIONS;
        StringBuilder md = new StringBuilder();
        md.append("\n## ").append(page).append("\n\n");
        md.append("| sessions | live heap before | live heap after | per session | serialized session |\n");
        md.append("|---:|---:|---:|---:|---:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| %d | %.1f MB | %.1f MB | **%.1f KB** | %s |%n%n",
                SESSIONS,
                totalBefore / 1e6,
                totalAfter / 1e6,
                perSession / 1024,
                serialized < 0 ? "not serialisable" : String.format(Locale.ROOT, "%.1f KB", serialized / 1024.0)));
        md.append("Growth per session by class (top 25):\n\n| class | instances | bytes |\n|---|---:|---:|\n");
        after.entrySet().stream()
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                        .reversed())
                .limit(25)
                .forEach(e -> md.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %.1f | %.0f |%n",
                        e.getKey(),
                        e.getValue()[0] / (double) SESSIONS,
                        e.getValue()[1] / (double) SESSIONS)));
        md.append("\nComponents and Repères' own objects per session (instances):\n\n| class | instances | bytes |\n");
        md.append("|---|---:|---:|\n");
        after.entrySet().stream()
                .filter(e -> e.getKey().startsWith("fr.reperes") || e.getKey().startsWith("com.vaadin.flow.component"))
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .filter(e -> e.getValue()[0] >= SESSIONS)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
                        .reversed())
                .forEach(e -> md.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %.1f | %.0f |%n",
                        e.getKey(),
                        e.getValue()[0] / (double) SESSIONS,
                        e.getValue()[1] / (double) SESSIONS)));
        md.append(regions);
        System.out.println(md);
        if (!Files.exists(REPORT)) {
            Files.writeString(
                    REPORT,
                    "# Live heap per open session\n\nSessionHeapBenchmarkTest (Karibu sessions in the real Spring context;"
                            + " class histogram after a full collection; machine: 2 cores, 23 GB).\n");
        }
        Files.writeString(REPORT, md.toString(), StandardOpenOption.APPEND);
    }
}
