package fr.reperes.load;

import fr.reperes.load.VaadinClient.LoadFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs one load level against one application: {@code users} virtual users, one virtual thread each, arriving evenly
 * over the ramp. Each picks its journey (its persona) once, then makes visits until the level ends: sign in (a fresh
 * browser: new cookies), one to {@code journeysPerVisit} journeys, leave by "Quitter rapidement" (the session ends on
 * the server). Only the steady window after the ramp is measured.
 */
final class LoadDriver {

    private final URI base;
    private final List<Journey> journeys;
    private final boolean signsIn;
    private final @Nullable ProcessHandle server;

    /**
     * @param signsIn false for the bare application: no sign-in, one browser per user for the whole level
     * @param server  the application's process when it runs in one of its own, to read its processor time
     */
    LoadDriver(URI base, List<Journey> journeys, boolean signsIn, @Nullable ProcessHandle server) {
        this.base = base;
        this.journeys = journeys;
        this.signsIn = signsIn;
        this.server = server;
    }

    /** The server's processor time and its child processes' (the portal's embedded MariaDB), in nanoseconds. */
    private long serverCpu() {
        if (server == null) {
            return -1;
        }
        return Stream.concat(Stream.of(server), server.descendants())
                .mapToLong(process ->
                        process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    Recorder run(LoadSettings settings, long seed) throws InterruptedException {
        Recorder recorder = new Recorder();
        long start = System.nanoTime();
        long measureFrom = start + settings.ramp().toNanos();
        long stopAt = measureFrom + settings.steady().toNanos();
        try (HttpClient http = VaadinClient.newHttpClient()) {
            List<Thread> users = new ArrayList<>();
            SplittableRandom seeds = new SplittableRandom(seed);
            for (int i = 0; i < settings.users(); i++) {
                long arrival = start + settings.ramp().toNanos() * i / Math.max(1, settings.users());
                SplittableRandom random = seeds.split();
                Journey journey = Journey.draw(journeys, random);
                Think think = new Think(settings, random, recorder, stopAt);
                users.add(Thread.ofVirtual()
                        .name("vu-" + i + "-" + journey.name())
                        .start(() -> user(http, journey, think, arrival, stopAt, settings, random)));
            }
            LockSupport.parkNanos(Math.max(0, measureFrom - System.nanoTime()));
            recorder.startMeasuring(serverCpu());
            LockSupport.parkNanos(Math.max(0, stopAt - System.nanoTime()));
            recorder.stopMeasuring(serverCpu());
            long grace = TimeUnit.SECONDS.toNanos(40);
            for (Thread user : users) {
                user.join(Duration.ofNanos(Math.max(1_000_000, grace - (System.nanoTime() - stopAt))));
            }
            users.forEach(Thread::interrupt);
        }
        return recorder;
    }

    private void user(
            HttpClient http,
            Journey journey,
            Think think,
            long arrival,
            long stopAt,
            LoadSettings settings,
            SplittableRandom random) {
        LockSupport.parkNanos(Math.max(0, arrival - System.nanoTime()));
        VaadinClient browser = null;
        while (System.nanoTime() < stopAt && !Thread.currentThread().isInterrupted()) {
            try {
                if (signsIn || browser == null) {
                    browser = new VaadinClient(http, base, recorderOf(think));
                }
                if (signsIn) {
                    browser.signIn(journey.username);
                }
                int visits = 1 + random.nextInt(Math.max(1, settings.journeysPerVisit()));
                for (int i = 0; i < visits; i++) {
                    try {
                        journey.run(browser, think);
                    } catch (LoadFailure failure) {
                        if (failure instanceof Journey.StepMissing missing) {
                            think.recorder().error("journey", journey.name() + ": " + missing.getMessage());
                        }
                        think.pause();
                    }
                }
                if (signsIn) {
                    browser.unload();
                    browser.leave();
                }
            } catch (LoadFailure failure) {
                try {
                    think.pause();
                } catch (Think.Stop stop) {
                    return;
                }
            } catch (Think.Stop stop) {
                return;
            }
        }
    }

    private static Recorder recorderOf(Think think) {
        return think.recorder();
    }
}
