package fr.reperes.dossier.rights;

import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.measures.MeasureLine;
import java.util.ArrayList;
import java.util.List;

/** Which rights cards a reader sees, chosen by the measures in force and the young person's age. */
final class Rights {

    private Rights() {}

    static List<Right> forYoungPerson(int age, List<MeasureLine> measures) {
        List<Right> rights = new ArrayList<>(List.of(Right.CALL_119, Right.DEFENDER_OF_RIGHTS, Right.READ_MY_FILE));
        boolean judicial = active(measures, MeasureKind.LegalBasis.JUDICIAL);
        boolean placed = measures.stream()
                .anyMatch(
                        m -> m.status() == MeasureLine.Status.ACTIVE && m.kind().placement());
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

    static List<Right> forParent(List<MeasureLine> measures) {
        List<Right> rights = new ArrayList<>(List.of(Right.PARENT_PPE, Right.DEFENDER_OF_RIGHTS));
        if (active(measures, MeasureKind.LegalBasis.JUDICIAL)) {
            rights.add(Right.PARENT_COURT_FILE);
            rights.add(Right.PARENT_BE_HEARD);
            rights.add(Right.PARENT_LAWYER);
        }
        boolean placed = measures.stream()
                .anyMatch(
                        m -> m.status() == MeasureLine.Status.ACTIVE && m.kind().placement());
        if (placed) {
            rights.add(Right.PARENT_CONSENT);
            rights.add(Right.PARENT_VISITS);
        }
        return rights;
    }

    private static boolean active(List<MeasureLine> measures, MeasureKind.LegalBasis basis) {
        return measures.stream()
                .anyMatch(
                        m -> m.status() == MeasureLine.Status.ACTIVE && m.kind().legalBasis() == basis);
    }
}
