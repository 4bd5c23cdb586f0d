package fr.reperes.autonomy;

import java.time.LocalDate;

/**
 * The age rules of the autonomy pathway, from the birth date (art. L222-5-1 CASF, loi du 7 février 2022). A person is
 * N from their Nth birthday on; a 29 February birthday falls on 28 February in other years.
 */
public final class AutonomyAges {

    private AutonomyAges() {
    }

    /** "Mon projet d'autonomie" is open from the 16th birthday until the day before the 21st. */
    public static boolean spaceOpen(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(16)) && day.isBefore(birthDate.plusYears(21));
    }

    /** The day the space opens. */
    public static LocalDate spaceOpensOn(LocalDate birthDate) {
        return birthDate.plusYears(16);
    }

    /** The entretien des 17 ans is due in the year before majority: from the 17th birthday to the day before the 18th. */
    public static boolean interviewDue(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(17)) && day.isBefore(birthDate.plusYears(18));
    }

    /** A contrat jeune majeur may be asked for until the day before the 21st birthday. */
    public static boolean youngAdultRequestPossible(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(16)) && day.isBefore(birthDate.plusYears(21));
    }

    /**
     * The day a young person is 17 and a half, six months after the 17th birthday: the ODPE counts the entretiens
     * held by then (a 29 February birth is 17 on 28 February, and 17 and a half on 28 August).
     */
    public static LocalDate seventeenAndAHalf(LocalDate birthDate) {
        return birthDate.plusYears(17).plusMonths(6);
    }

    public static boolean adult(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(18));
    }
}
