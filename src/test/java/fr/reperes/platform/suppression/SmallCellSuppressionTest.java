package fr.reperes.platform.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.platform.suppression.SmallCellSuppression.Published;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The ODPE's privacy rule on hand-made tables: which numbers are shown, and that withheld ones are absent.
 * SmallCellSuppressionAttackTest tries random tables against an attacker.
 */
class SmallCellSuppressionTest {

    /** The counts as published, null where withheld. */
    private static Integer[] counts(Published published) {
        return published.territories().stream()
                .map(SmallCellSuppressionTest::count)
                .toArray(Integer[]::new);
    }

    private static Integer count(IndicatorCell cell) {
        return cell.count().isPresent() ? cell.count().getAsInt() : null;
    }

    private static Integer cohort(IndicatorCell cell) {
        return cell.cohort().isPresent() ? cell.cohort().getAsInt() : null;
    }

    @Test
    void countsOfFiveOrMoreAreAllShownWithTheirTotal() {
        Published published = SmallCellSuppression.protectCounts(new int[] {12, 7, 9, 5});
        assertThat(counts(published)).containsExactly(12, 7, 9, 5);
        assertThat(count(published.total())).isEqualTo(33);
        assertThat(published.total().cohort()).isEmpty();
        assertThat(published.total().share()).isEmpty();
    }

    @Test
    void aCountUnderFiveIsWithheldAndTheNextSmallestWithItSoTheTotalCannotGiveItBack() {
        Published published = SmallCellSuppression.protectCounts(new int[] {12, 4, 9, 6});
        // 31 - 12 - 9 - 6 would be the 4: the 6 goes too.
        assertThat(counts(published)).containsExactly(12, null, 9, null);
        assertThat(count(published.total())).isEqualTo(31);
        IndicatorCell withheld = published.territories().get(1);
        assertThat(withheld.suppressed()).isTrue();
        assertThat(withheld.count()).isEmpty();
        assertThat(withheld.cohort()).isEmpty();
        assertThat(withheld.share()).isEmpty();
    }

    @Test
    void zeroIsWithheldLikeAnyCountUnderFive() {
        Published published = SmallCellSuppression.protectCounts(new int[] {0, 10, 20});
        assertThat(counts(published)).containsExactly(null, null, 20);
        assertThat(count(published.total())).isEqualTo(30);
    }

    @Test
    void twoWithheldCellsNeedNoMore() {
        Published published = SmallCellSuppression.protectCounts(new int[] {12, 3, 9, 4});
        assertThat(counts(published)).containsExactly(12, null, 9, null);
        assertThat(count(published.total())).isEqualTo(28);
    }

    @Test
    void aTotalUnderFiveIsWithheldWithEveryTerritory() {
        Published published = SmallCellSuppression.protectCounts(new int[] {1, 0, 2, 1});
        assertThat(counts(published)).containsOnlyNulls();
        assertThat(published.total().suppressed()).isTrue();
    }

    @Test
    void smallTerritoriesMayStillAddUpToAShownTotal() {
        Published published = SmallCellSuppression.protectCounts(new int[] {2, 2, 1, 0});
        assertThat(counts(published)).containsOnlyNulls();
        assertThat(count(published.total())).isEqualTo(5);
    }

    @Test
    void aSingleTerritoryIsItsTotal() {
        assertThat(count(SmallCellSuppression.protectCounts(new int[] {4}).total()))
                .isNull();
        Published shown = SmallCellSuppression.protectCounts(new int[] {5});
        assertThat(counts(shown)).containsExactly(5);
        assertThat(count(shown.total())).isEqualTo(5);
    }

    @Test
    void aShareIsShownWithItsCountAndCohortWhenBothItAndTheRestAreFiveOrMore() {
        Published published = SmallCellSuppression.protectShare(new int[] {30, 20}, new int[] {15, 5});
        IndicatorCell first = published.territories().get(0);
        assertThat(first.count()).hasValue(15);
        assertThat(first.cohort()).hasValue(30);
        assertThat(first.share().getAsDouble()).isEqualTo(0.5);
        assertThat(published.territories().get(1).share().getAsDouble()).isEqualTo(0.25);
        assertThat(published.total().share().getAsDouble()).isEqualTo(20.0 / 50);
    }

    @Test
    void aShareWhoseRestIsUnderFiveIsWithheldButItsCohortStays() {
        // 8 of 10: the 2 who did not are a cell of 2 young people.
        Published published = SmallCellSuppression.protectShare(new int[] {20, 10, 30}, new int[] {10, 8, 15});
        IndicatorCell small = published.territories().get(1);
        assertThat(small.count()).isEmpty();
        assertThat(small.share()).isEmpty();
        assertThat(small.cohort()).hasValue(10);
        // The total (33 of 60) is shown, so the smallest other count (10) is withheld too.
        assertThat(counts(published)).containsExactly(null, null, 15);
        assertThat(published.territories().get(0).cohort()).hasValue(20);
        assertThat(count(published.total())).isEqualTo(33);
        assertThat(cohort(published.total())).isEqualTo(60);
    }

    @Test
    void everybodyInACohortIsAsRevealingAsNobody() {
        Published published = SmallCellSuppression.protectShare(new int[] {10, 10}, new int[] {10, 10});
        assertThat(counts(published)).containsOnlyNulls();
        assertThat(published.total().count()).isEmpty();
        assertThat(published.total().cohort()).hasValue(20);
    }

    @Test
    void aCohortUnderFiveIsWithheldWithItsCountAndTheNextSmallestCohortToo() {
        Published published = SmallCellSuppression.protectShare(new int[] {4, 20, 25}, new int[] {2, 10, 12});
        IndicatorCell tiny = published.territories().get(0);
        assertThat(tiny.cohort()).isEmpty();
        assertThat(tiny.count()).isEmpty();
        // 49 - 25 - 20 would give the 4 back: the 20 goes, and its count with it.
        assertThat(published.territories().get(1).cohort()).isEmpty();
        assertThat(published.territories().get(1).count()).isEmpty();
        assertThat(published.territories().get(2).count()).hasValue(12);
        assertThat(published.territories().get(2).cohort()).hasValue(25);
        assertThat(count(published.total())).isEqualTo(24);
        assertThat(cohort(published.total())).isEqualTo(49);
    }

    @Test
    void linkedSharesOfOneCohortCannotGiveEachOtherBack() {
        // Requests before 18 and sorties sèches of one cohort of 30 per territory (nobody submitted on the birthday,
        // so each pair adds up to 30). The 3 is withheld; alone, the cohort minus the 27 would give it back, and so
        // would the total minus the other territories: its 27 and a second territory's pair go too. The four
        // withheld numbers then sit on a cycle (3 + 27 = 30, 20 + 10 = 30, 3 + 20 = 23, 27 + 10 = 37): the 3 could
        // be anything from 0 to 23.
        List<Published> published = SmallCellSuppression.protectLinkedShares(
                new int[] {30, 30, 30}, List.of(new int[] {3, 20, 22}, new int[] {27, 10, 8}));
        assertThat(counts(published.get(0))).containsExactly(null, null, 22);
        assertThat(counts(published.get(1))).containsExactly(null, null, 8);
        assertThat(count(published.get(0).total())).isEqualTo(45);
        assertThat(count(published.get(1).total())).isEqualTo(45);
        assertThat(published.get(0).territories())
                .allSatisfy(cell -> assertThat(cell.cohort()).hasValue(30));

        // Unlinked, the sorties sèches alone would keep the 10: with the other figure it would give the 20 back.
        Published alone = SmallCellSuppression.protectShare(new int[] {30, 30, 30}, new int[] {27, 10, 8});
        assertThat(counts(alone)).containsExactly(null, 10, null);
    }

    @Test
    void withheldNumbersThatTogetherLeaveFewerThanFiveValuesTakeAnotherWithThem() {
        // The 1 and the other 1 add up to 52 - 20 - 30 = 2: each would be 0, 1 or 2. The 20 goes too.
        Published published = SmallCellSuppression.protectCounts(new int[] {1, 1, 20, 30});
        assertThat(counts(published)).containsExactly(null, null, null, 30);
        assertThat(count(published.total())).isEqualTo(52);
    }

    @Test
    void withheldZerosThatTheTotalLeavesNothingForAreProtectedToo() {
        // Withholding both zeros is not enough: 5 - 5 leaves 0 for them, and neither is negative.
        Published published = SmallCellSuppression.protectCounts(new int[] {0, 0, 5});
        assertThat(counts(published)).containsOnlyNulls();
        assertThat(count(published.total())).isEqualTo(5);
    }

    @Test
    void linkedSharesWellAboveFiveAreAllShown() {
        List<Published> published = SmallCellSuppression.protectLinkedShares(
                new int[] {40, 30}, List.of(new int[] {30, 20}, new int[] {10, 10}));
        assertThat(counts(published.get(0))).containsExactly(30, 20);
        assertThat(counts(published.get(1))).containsExactly(10, 10);
    }

    @Test
    void noTerritoryMeansAWithheldEmptyTotal() {
        Published published = SmallCellSuppression.protectShare(new int[0], new int[0]);
        assertThat(published.territories()).isEmpty();
        assertThat(published.total().count()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void everyTerritoryHasOneNumberPerFigure() {
        assertThatThrownBy(() -> SmallCellSuppression.protectShare(new int[] {10, 10}, new int[] {5}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
