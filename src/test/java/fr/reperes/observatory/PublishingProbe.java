package fr.reperes.observatory;

import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: the nightly publisher's run for one département. */
public final class PublishingProbe {

    private PublishingProbe() {}

    /** Publishes the département's tables due now, as the nightly job does; how many were published. */
    public static int publishDue(ApplicationContext context, long departementId) {
        return context.getBean(ObservatoryPublisher.class).publish(departementId);
    }
}
