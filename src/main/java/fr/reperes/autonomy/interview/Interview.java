package fr.reperes.autonomy.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The entretien des 17 ans: when and where, the young person's preparation, and the day it was held.
 *
 * @param wishes             the young person's own words; null when not written or not for the reader
 * @param questions          likewise
 * @param sharedWithParents  the young person chose to share their preparation with their parents
 * @param preparedAt         null until the young person saved their preparation (or when it is not for the reader)
 * @param heldOn             null until the référent records that it took place
 */
public record Interview(
        long id,
        long meetingId,
        LocalDateTime startsAt,
        @Nullable String place,
        String scheduledByName,
        @Nullable String wishes,
        @Nullable String questions,
        boolean sharedWithParents,
        @Nullable Instant preparedAt,
        @Nullable LocalDate heldOn) {

    public boolean held() {
        return heldOn != null;
    }

    /** The same entretien without the young person's words, for a reader they are not meant for. */
    public Interview withoutWords() {
        return new Interview(
                id, meetingId, startsAt, place, scheduledByName, null, null, sharedWithParents, null, heldOn);
    }
}
