package fr.reperes.autonomy.caseload;

import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.RequestStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where one young person of the référent's list stands on the autonomy pathway.
 *
 * @param gridDomains       domains of the grid the young person has answered, of {@link #GRID_SIZE}
 * @param interviewAt       when the entretien des 17 ans is (or was) scheduled, null when it is not
 * @param interviewHeldOn   the day it was held, null until then
 * @param projectRecordedOn the day the latest projet d'accès à l'autonomie was recorded
 * @param requestStatus     the status of the latest request for a contrat jeune majeur, null when there is none
 * @param decision          GRANTED or REFUSED: the latest decision on any request, null before the first
 * @param contractEndsOn    the end of the current or last contract
 */
public record PathwayRow(
        long id,
        String firstName,
        String lastName,
        LocalDate birthDate,
        int age,
        LocalDate eighteenthBirthday,
        int gridDomains,
        @Nullable LocalDateTime interviewAt,
        @Nullable LocalDate interviewHeldOn,
        @Nullable LocalDate projectRecordedOn,
        @Nullable RequestStatus requestStatus,
        @Nullable LocalDate requestSubmittedOn,
        @Nullable RequestStatus decision,
        @Nullable LocalDate decidedOn,
        @Nullable LocalDate contractEndsOn,
        Set<PathwayAlert> alerts) {

    public static final int GRID_SIZE = AutonomyDomain.values().length;

    public String fullName() {
        return lastName + " " + firstName;
    }

    public boolean atRisk() {
        return !alerts.isEmpty();
    }
}
