package fr.reperes.platform;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands every failed event publication to its listener again (a mail server that was down, a database that was
 * busy), on a schedule: the listeners are written to be run twice without effect, so a retry never tells twice.
 * Incomplete publications left by a stop are handed again at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), and one left hanging is marked failed by
 * the registry's staleness monitor, then retried here.
 */
@Component
public class FailedEventRetries {

    private final FailedEventPublications failed;

    FailedEventRetries(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${reperes.events.retry-every:PT5M}", initialDelayString = "PT1M")
    void run() {
        resubmitFailed();
    }

    /** Hands the failed publications to their listeners now; returns at once, the listeners run on their threads. */
    public void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
