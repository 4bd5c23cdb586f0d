package fr.reperes.dossier.caseload;

import java.time.LocalDate;

/** Age bands for filtering a caseload; they follow the steps of the law (16: autonomy, 18: majority). */
public enum AgeBand {
    UNDER_11(0, 10),
    FROM_11_TO_15(11, 15),
    FROM_16_TO_17(16, 17),
    FROM_18_TO_21(18, 21);

    private final int minAge;
    private final int maxAge;

    AgeBand(int minAge, int maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    /** Latest birth date in the band on {@code today} (the youngest). */
    public LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(minAge);
    }

    /** Earliest birth date in the band on {@code today} (the oldest: the day after turning maxAge + 1, minus one year). */
    public LocalDate bornAfter(LocalDate today) {
        return today.minusYears(maxAge + 1L);
    }
}
