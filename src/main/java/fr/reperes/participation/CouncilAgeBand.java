package fr.reperes.participation;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age bands of a council's balance, chosen after the CNPE's college of young people (collège des jeunes: 12 to
 * 21): the young teenagers of the collège, those of the lycée age, and the young adults of the contrat jeune majeur.
 * A member outside them (a parent of a conseil des parents has no band) counts in {@link #OTHER}.
 */
public enum CouncilAgeBand {
    FROM_12_TO_14,
    FROM_15_TO_17,
    FROM_18_TO_21,
    OTHER;

    public static CouncilAgeBand of(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        if (age >= 12 && age <= 14) {
            return FROM_12_TO_14;
        }
        if (age >= 15 && age <= 17) {
            return FROM_15_TO_17;
        }
        return age >= 18 && age <= 21 ? FROM_18_TO_21 : OTHER;
    }
}
