package fr.reperes.load;

import java.util.random.RandomGenerator;

/**
 * A virtual user's pauses between actions (think time, random within the settings' bounds) and its chances; a pause
 * that would run past the end of the level ends the journey instead.
 */
final class Think {

    /** The level is over: the journey stops where it is. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final LoadSettings settings;
    private final RandomGenerator random;
    private final Recorder recorder;
    private final long stopAt;

    Think(LoadSettings settings, RandomGenerator random, Recorder recorder, long stopAt) {
        this.settings = settings;
        this.random = random;
        this.recorder = recorder;
        this.stopAt = stopAt;
    }

    void pause() {
        long min = settings.thinkMin().toMillis();
        long max = Math.max(min, settings.thinkMax().toMillis());
        long millis = min + (max > min ? random.nextLong(max - min + 1) : 0);
        if (System.nanoTime() + millis * 1_000_000 >= stopAt) {
            throw new Stop();
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stop();
        }
    }

    boolean chance(double share) {
        return random.nextDouble() < share;
    }

    Recorder recorder() {
        return recorder;
    }

    RandomGenerator random() {
        return random;
    }

    LoadSettings settings() {
        return settings;
    }

    void outcome(String name) {
        if (recorder.measuring()) {
            recorder.outcome(name);
        }
    }
}
