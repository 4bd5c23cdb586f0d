package fr.reperes.autonomy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The entretien des 17 ans: when and where, the young person's preparation, and the day it was held.
 *
 * @param preparedAt null until the young person saved their preparation
 * @param heldOn     null until the référent records that it took place
 */
public record Interview(long id, long meetingId, LocalDateTime startsAt, String place, String scheduledByName,
                        String wishes, String questions, Instant preparedAt, LocalDate heldOn) {

    public boolean held() {
        return heldOn != null;
    }
}
