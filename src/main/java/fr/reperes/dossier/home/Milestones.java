package fr.reperes.dossier.home;

import fr.reperes.dossier.Ages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The steps ahead of a young person, from their birth date: only those still to come are shown. */
public final class Milestones {

    private Milestones() {}

    public static List<Milestone> ahead(LocalDate birthDate, LocalDate today) {
        List<Milestone> steps = new ArrayList<>();
        add(steps, today, Milestone.Kind.AUTONOMY_SPACE, Ages.birthday(birthDate, 16));
        add(steps, today, Milestone.Kind.INTERVIEW_17, Ages.birthday(birthDate, 17));
        add(steps, today, Milestone.Kind.MAJORITY, Ages.birthday(birthDate, 18));
        add(steps, today, Milestone.Kind.END_OF_SUPPORT, Ages.lastDayOfSupport(birthDate));
        return steps;
    }

    private static void add(List<Milestone> steps, LocalDate today, Milestone.Kind kind, LocalDate date) {
        // The entretien des 17 ans happens in the year before 18: it stays "ahead" until the 18th birthday.
        // The last day of support is still ahead on that day.
        LocalDate stillAheadUntil = switch (kind) {
            case INTERVIEW_17 -> date.plusYears(1);
            case END_OF_SUPPORT -> date.plusDays(1);
            default -> date;
        };
        if (today.isBefore(stillAheadUntil)) {
            steps.add(new Milestone(kind, date));
        }
    }
}
