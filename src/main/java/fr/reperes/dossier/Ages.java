package fr.reperes.dossier;

import java.time.LocalDate;
import java.time.Period;

/** Ages in whole years, as the law counts them: one is 18 from the 18th birthday on. */
public final class Ages {

    public static final int MAJORITY = 18;

    private Ages() {}

    public static int on(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public static boolean isAdult(LocalDate birthDate, LocalDate day) {
        return on(birthDate, day) >= MAJORITY;
    }

    /** The day the person turns {@code years}; a 29 February birthday falls on 28 February in other years. */
    public static LocalDate birthday(LocalDate birthDate, int years) {
        return birthDate.plusYears(years);
    }

    /**
     * The last day the accompagnement jeune majeur may run: the day before the 21st birthday. The one date for the
     * young person's home, the contract's rules and the référent's file.
     */
    public static LocalDate lastDayOfSupport(LocalDate birthDate) {
        return birthday(birthDate, 21).minusDays(1);
    }
}
