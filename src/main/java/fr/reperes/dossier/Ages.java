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
}
