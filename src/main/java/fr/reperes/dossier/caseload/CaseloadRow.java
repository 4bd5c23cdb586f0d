package fr.reperes.dossier.caseload;

import fr.reperes.dossier.careplan.CarePlanVersion;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A young person of the référent's list.
 *
 * @param ppeReviewOn the latest published PPE's review date, null before the first version
 */
public record CaseloadRow(
        long id,
        String firstName,
        String lastName,
        LocalDate birthDate,
        int age,
        String territory,
        @Nullable LocalDate ppeReviewOn) {

    /** The latest PPE's review date has gone by (the same rule as on the young person's page). */
    public boolean ppeReviewLate(LocalDate today) {
        return CarePlanVersion.late(ppeReviewOn, today);
    }

    public String fullName() {
        return lastName + " " + firstName;
    }
}
