package fr.reperes.content.rights;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.dossier.FamilyMeasures;
import fr.reperes.dossier.MeasureKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which pages of the rights guide apply, by measures in force, age and role; the département's own pages to all. */
class RightsRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static FamilyMeasures.Measure active(MeasureKind kind) {
        return new FamilyMeasures.Measure(1, kind, TODAY.minusYears(1), TODAY.plusYears(1), true);
    }

    private static FamilyMeasures.Measure ended(MeasureKind kind) {
        return new FamilyMeasures.Measure(2, kind, TODAY.minusYears(3), TODAY.minusYears(2), false);
    }

    @Test
    void linaSeventeenAndPlacedByAJudge() {
        assertThat(RightsRules.forYoungPerson(17, List.of(active(MeasureKind.PLACEMENT_JUDICIAIRE))))
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
        assertThat(RightsRules.forYoungPerson(15, List.of(active(MeasureKind.AEMO))))
                .contains(Right.BE_HEARD_BY_JUDGE, Right.LAWYER)
                .doesNotContain(Right.SIBLINGS, Right.NON_USUAL_ACTS, Right.AUTONOMY_SPACE, Right.INTERVIEW_17);
    }

    @Test
    void aminaNineteenUnderAYoungAdultContract() {
        assertThat(RightsRules.forYoungPerson(
                        19,
                        List.of(
                                active(MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR),
                                ended(MeasureKind.PLACEMENT_JUDICIAIRE))))
                .contains(Right.YOUNG_ADULT_CONTRACT, Right.AUTONOMY_SPACE, Right.READ_MY_FILE)
                .doesNotContain(Right.BE_HEARD_BY_JUDGE, Right.SIBLINGS, Right.NON_USUAL_ACTS);
    }

    @Test
    void anAdministrativeMeasureGivesNoJudgeOrLawyerPage() {
        assertThat(RightsRules.forYoungPerson(12, List.of(active(MeasureKind.AED))))
                .containsExactly(Right.CALL_119, Right.DEFENDER_OF_RIGHTS, Right.READ_MY_FILE);
    }

    @Test
    void aParentOfAChildPlacedByAJudge() {
        assertThat(RightsRules.forParent(List.of(active(MeasureKind.PLACEMENT_JUDICIAIRE))))
                .contains(
                        Right.PARENT_PPE,
                        Right.PARENT_COURT_FILE,
                        Right.PARENT_BE_HEARD,
                        Right.PARENT_LAWYER,
                        Right.PARENT_CONSENT,
                        Right.PARENT_VISITS);
        assertThat(RightsRules.forParent(List.of(active(MeasureKind.AED))))
                .containsExactly(Right.PARENT_PPE, Right.PARENT_DEFENDER_OF_RIGHTS);
    }

    @Test
    void aPageNoRuleKnowsIsTheDepartementsAndShownToAllAKnownOneOnlyWhenItApplies() {
        Set<String> applying = Set.of("CALL_119");
        assertThat(RightsRules.shown("CALL_119", applying)).isTrue();
        assertThat(RightsRules.shown("LAWYER", applying)).isFalse();
        assertThat(RightsRules.shown("MAISON_DES_ADOS_93", applying)).isTrue();
        assertThat(RightsRules.shown("MAISON_DES_ADOS_93", Set.of())).isTrue();
    }

    @Test
    void everyRuleNamesAPageTheShippedRightsGuideHas() throws Exception {
        Path guide = Path.of(Objects.requireNonNull(RightsRulesTest.class.getResource("/content/default/RIGHTS"))
                .toURI());
        List<String> files;
        try (Stream<Path> listed = Files.list(guide)) {
            files = listed.map(file -> file.getFileName().toString()).toList();
        }
        assertThat(Right.values())
                .allSatisfy(right -> assertThat(files)
                        .as(right.name())
                        .anyMatch(file -> file.matches("[0-9]+-" + right.name() + "\\.fr\\.md")));
    }
}
