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

    public static boolean adult(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(18));
    }

    /** The last day a contrat jeune majeur may run: the day before the 21st birthday. */
    public static LocalDate lastDayOfSupport(LocalDate birthDate) {
        return birthDate.plusYears(21).minusDays(1);
    }

    public static LocalDate majorityOn(LocalDate birthDate) {
        return birthDate.plusYears(18);
    }
}
