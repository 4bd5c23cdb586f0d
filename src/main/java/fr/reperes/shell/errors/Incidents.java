package fr.reperes.shell.errors;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected error (of a page, a click or a download) gets a short reference, written to the log with the exception and shown to the person: whoever
 * they tell finds the line. The log is the only place the details go; the page never shows them.
 */
public final class Incidents {

    static final int REFERENCE_LENGTH = 8;

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    // No 0/O, 1/I/L: the reference may be read aloud over the phone.
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private Incidents() {}

    /** Logs {@code thrown} at ERROR with a new reference and returns the reference. */
    public static String record(Throwable thrown, String during) {
        StringBuilder reference = new StringBuilder(REFERENCE_LENGTH);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < REFERENCE_LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        log.error("Incident {}: unexpected error during {}", reference, during, thrown);
        return reference.toString();
    }
}
