package fr.reperes.participation.votes;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;

/** "Encore 5 jours pour voter": what is left of an open vote's window, in the largest whole unit. */
final class TimeLeft {

    private TimeLeft() {}

    static String text(Component in, Instant now, Instant closesAt) {
        Duration left = Duration.between(now, closesAt);
        if (left.toDays() >= 1) {
            return in.getTranslation("council.votes.left.days", left.toDays());
        }
        if (left.toHours() >= 1) {
            return in.getTranslation("council.votes.left.hours", left.toHours());
        }
        return in.getTranslation("council.votes.left.minutes", Math.max(1, left.toMinutes()));
    }
}
