package fr.reperes.dossier.rights;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.dossier.Decider;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.anonymity.Placement;
import fr.reperes.dossier.measures.MeasureLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RightsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static MeasureLine active(MeasureKind kind) {
        return new MeasureLine(
                1,
                kind,
                Decider.JUGE_DES_ENFANTS,
                TODAY.minusYears(1),
                TODAY.minusYears(1),
                TODAY.plusYears(1),
                MeasureLine.Status.ACTIVE,
                kind.placement() ? Placement.withheld(PlacementKind.MECS) : null,
                null,
                null);
    }

    private static MeasureLine ended(MeasureKind kind) {
        return new MeasureLine(
                2,
                kind,
                Decider.JUGE_DES_ENFANTS,
                TODAY.minusYears(3),
                TODAY.minusYears(3),
                TODAY.minusYears(2),
                MeasureLine.Status.ENDED,
                null,
                null,
                null);
    }

    @Test
    void linaSeventeenAndPlacedByAJudge() {
        assertThat(Rights.forYoungPerson(17, List.of(active(MeasureKind.PLACEMENT_JUDICIAIRE))))
                .contains(
                        Right.CALL_119,
                        Right.BE_HEARD_BY_JUDGE,
                        Right.LAWYER,
                        Right.SIBLINGS,
                        Right.TIES_WITH_PARENTS,
                        Right.NON_USUAL_ACTS,
                        Right.AUTONOMY_SPACE,
                        Right.INTERVIEW_17,
                        Right.YOUNG_ADULT_CONTRACT);
    }

    @Test
    void mehdiFifteenWithAemoAtHome() {
        assertThat(Rights.forYoungPerson(15, List.of(active(MeasureKind.AEMO))))
                .contains(Right.BE_HEARD_BY_JUDGE, Right.LAWYER)
                .doesNotContain(Right.SIBLINGS, Right.NON_USUAL_ACTS, Right.AUTONOMY_SPACE, Right.INTERVIEW_17);
    }

    @Test
    void aminaNineteenUnderAYoungAdultContract() {
        assertThat(Rights.forYoungPerson(
                        19,
                        List.of(
                                active(MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR),
                                ended(MeasureKind.PLACEMENT_JUDICIAIRE))))
                .contains(Right.YOUNG_ADULT_CONTRACT, Right.AUTONOMY_SPACE, Right.READ_MY_FILE)
                .doesNotContain(Right.BE_HEARD_BY_JUDGE, Right.SIBLINGS, Right.NON_USUAL_ACTS);
    }

    @Test
    void anAdministrativeMeasureGivesNoJudgeOrLawyerCard() {
        assertThat(Rights.forYoungPerson(12, List.of(active(MeasureKind.AED))))
                .containsExactly(Right.CALL_119, Right.DEFENDER_OF_RIGHTS, Right.READ_MY_FILE);
    }

    @Test
    void aParentOfAChildPlacedByAJudge() {
        assertThat(Rights.forParent(List.of(active(MeasureKind.PLACEMENT_JUDICIAIRE))))
                .contains(
                        Right.PARENT_PPE,
                        Right.PARENT_COURT_FILE,
                        Right.PARENT_BE_HEARD,
                        Right.PARENT_LAWYER,
                        Right.PARENT_CONSENT,
                        Right.PARENT_VISITS);
        assertThat(Rights.forParent(List.of(active(MeasureKind.AED))))
                .containsExactly(Right.PARENT_PPE, Right.DEFENDER_OF_RIGHTS);
    }
}
