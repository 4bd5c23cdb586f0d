package fr.reperes.dossier.home;

import java.time.LocalDate;

/** A step the law ties to an age, shown to the young person as what comes next. */
public record Milestone(Kind kind, LocalDate date) {

    public enum Kind {
        /** 16: the autonomy space opens. */
        AUTONOMY_SPACE,
        /** In the year before 18: the entretien des 17 ans. */
        INTERVIEW_17,
        /** 18: majority; a contrat jeune majeur can be asked for. */
        MAJORITY,
        /** The day before 21: the last day of support as a young adult. */
        END_OF_SUPPORT
    }
}
