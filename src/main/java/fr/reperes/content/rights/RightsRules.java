package fr.reperes.content.rights;

import fr.reperes.dossier.FamilyMeasures;
import fr.reperes.dossier.MeasureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which pages of the rights guide a reader is shown, chosen by the measures in force and the young person's age.
 * The page of a slug no rule knows is one the département added: it is shown to all (its audience still applies).
 */
final class RightsRules {

    private RightsRules() {}

    static List<Right> forYoungPerson(int age, List<FamilyMeasures.Measure> measures) {
        List<Right> rights = new ArrayList<>(List.of(Right.CALL_119, Right.DEFENDER_OF_RIGHTS, Right.READ_MY_FILE));
        boolean judicial = active(measures, MeasureKind.LegalBasis.JUDICIAL);
        boolean placed = placed(measures);
        if (judicial && age < 18) {
            rights.add(Right.BE_HEARD_BY_JUDGE);
            rights.add(Right.LAWYER);
        }
        if (placed) {
            rights.add(Right.SIBLINGS);
            rights.add(Right.TIES_WITH_PARENTS);
            if (age < 18) {
                rights.add(Right.NON_USUAL_ACTS);
            }
        }
        if (age >= 16 && age < 21) {
            rights.add(Right.AUTONOMY_SPACE);
        }
        if (age == 17) {
            rights.add(Right.INTERVIEW_17);
        }
        if (age >= 17 && age < 21) {
            rights.add(Right.YOUNG_ADULT_CONTRACT);
        }
        return rights;
    }

    static List<Right> forParent(List<FamilyMeasures.Measure> measures) {
        List<Right> rights = new ArrayList<>(List.of(Right.PARENT_PPE, Right.PARENT_DEFENDER_OF_RIGHTS));
        if (active(measures, MeasureKind.LegalBasis.JUDICIAL)) {
            rights.add(Right.PARENT_COURT_FILE);
            rights.add(Right.PARENT_BE_HEARD);
            rights.add(Right.PARENT_LAWYER);
        }
        if (placed(measures)) {
            rights.add(Right.PARENT_CONSENT);
            rights.add(Right.PARENT_VISITS);
        }
        return rights;
    }

    /** Whether the page of {@code slug} is shown, given the rights that apply. */
    static boolean shown(String slug, Set<String> applying) {
        return applying.contains(slug) || !Right.known(slug);
    }

    private static boolean placed(List<FamilyMeasures.Measure> measures) {
        return measures.stream().anyMatch(m -> m.active() && m.kind().placement());
    }

    private static boolean active(List<FamilyMeasures.Measure> measures, MeasureKind.LegalBasis basis) {
        return measures.stream().anyMatch(m -> m.active() && m.kind().legalBasis() == basis);
    }
}
