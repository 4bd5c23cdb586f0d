package fr.reperes.autonomy.grid;

import fr.reperes.autonomy.Assessment;
import fr.reperes.autonomy.AutonomyDomain;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A young person's autonomy space for one reader. Closed before 16 (then only {@code opensOn} is given) and from 21.
 *
 * @param ended    closed because the young person is 21 or more, not because they are under 16
 * @param withheld the domains this reader may not see (a young adult's health, for a parent): the grid and the
 *                 steps hold nothing of them
 */
public record AutonomySpace(
        long youngPersonId,
        String firstName,
        boolean open,
        LocalDate opensOn,
        boolean interviewDue,
        Map<AutonomyDomain, Assessment> grid,
        List<AutonomyStep> steps,
        boolean ended,
        Set<AutonomyDomain> withheld) {}
