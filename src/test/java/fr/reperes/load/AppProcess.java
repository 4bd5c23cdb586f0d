package fr.reperes.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application in a JVM of its own, started from the test's classpath with the same JVM options as the other, so
 * that the driver's threads and each application's heap and JIT do not mix; its output goes to a log in target/.
 */
final class AppProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    final URI base;

    private AppProcess(String name, Process process, Path log, URI base) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.base = base;
    }

    static AppProcess start(String name, String mainClass, List<String> jvmOptions, List<String> arguments, int port)
            throws IOException {
        Path log = Path.of("target", "load-" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.add("--server.port=" + port);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new AppProcess(name, process, log, URI.create("http://localhost:" + port));
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the application answers HTTP on its port (a redirect to sign in counts). */
    AppProcess awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped at start-up; see " + log);
                }
                try {
                    int status = http.send(
                                    HttpRequest.newBuilder(base.resolve("/"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (status == 200 || status == 302) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                // Start-up takes seconds; polling twice a second costs nothing.
                process.waitFor(500, TimeUnit.MILLISECONDS);
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        // SIGTERM: Spring closes gracefully and stops the embedded MariaDB with it.
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
