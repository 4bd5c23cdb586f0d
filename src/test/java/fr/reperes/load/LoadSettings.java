package fr.reperes.load;

import java.time.Duration;

/**
 * One load level: how many virtual users, how fast they arrive, how long the measured window lasts, and how long a
 * person thinks between two requests (uniform between the bounds). System properties override the defaults:
 * {@code -Dload.users=100,250,500 -Dload.steady=PT75S -Dload.ramp=PT30S -Dload.think-min=PT3S -Dload.think-max=PT7S}.
 *
 * @param users       concurrent virtual users
 * @param ramp        users start evenly over this time; nothing of it is measured
 * @param steady      the measured window, every user active
 * @param thinkMin    shortest pause between two actions
 * @param thinkMax    longest pause
 * @param journeysPerVisit how many journeys a user makes between signing in and leaving (uniform 1..this)
 * @param reactShare  how often Lina's journey reacts to her PPE (each reaction is a row: kept rare)
 * @param writes      false: journeys read and click but never write (no reaction, ballot or survey answer), for a
 *                    smoke run on a database other tests read
 */
record LoadSettings(
        int users,
        Duration ramp,
        Duration steady,
        Duration thinkMin,
        Duration thinkMax,
        int journeysPerVisit,
        double reactShare,
        boolean writes) {

    static LoadSettings fromSystemProperties(int users) {
        return new LoadSettings(
                users,
                duration("load.ramp", "PT30S"),
                duration("load.steady", "PT75S"),
                duration("load.think-min", "PT3S"),
                duration("load.think-max", "PT7S"),
                Integer.getInteger("load.journeys-per-visit", 3),
                Double.parseDouble(System.getProperty("load.react-share", "0.1")),
                true);
    }

    /** The same users and think time, a short ramp, and {@code steady} of unreported warm-up. */
    LoadSettings warmUp(Duration steady) {
        return new LoadSettings(
                users, Duration.ofSeconds(5), steady, thinkMin, thinkMax, journeysPerVisit, reactShare, writes);
    }

    private static Duration duration(String property, String fallback) {
        return Duration.parse(System.getProperty(property, fallback));
    }
}
