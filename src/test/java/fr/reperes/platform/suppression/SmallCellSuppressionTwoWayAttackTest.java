package fr.reperes.platform.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.platform.suppression.SmallCellSuppression.TwoWay;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A survey question's answers by group (options × territories or bands, with margins), against the attacker of
 * SmallCellSuppressionAttackTest: it reads only what is published, writes every equation a reader knows (a single
 * choice's options add up to the group's respondents and its groups to the option's total; a multiple choice's option
 * plus those who did not choose it make the group's respondents), and bounds each withheld number, and each rest
 * under 5 of a multiple choice, by exact linear programming.
 */
class SmallCellSuppressionTwoWayAttackTest {

    /** counts[option][group]; respondents only for a multiple choice. */
    record Question(boolean multiple, int[] respondents, int[][] counts) {

        int options() {
            return counts.length;
        }

        int groups() {
            return counts[0].length;
        }

        TwoWay publish() {
            return multiple
                    ? SmallCellSuppression.protectMultipleChoices(respondents, counts)
                    : SmallCellSuppression.protectChoices(counts);
        }

        @Override
        public String toString() {
            return (multiple ? "multiple respondents=" + Arrays.toString(respondents) + " " : "single ")
                    + Arrays.deepToString(counts);
        }
    }

    private static Arbitrary<Integer> count() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 6)),
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(0, 25)),
                Tuple.of(1, Arbitraries.integers().between(0, 200)));
    }

    @Provide
    Arbitrary<Question> questions() {
        return Arbitraries.oneOf(singleChoices(), multipleChoices());
    }

    @Provide
    Arbitrary<Question> singleChoices() {
        return Combinators.combine(
                        Arbitraries.integers().between(2, 5),
                        Arbitraries.integers().between(1, 4))
                .flatAs((options, groups) -> count().array(int[].class)
                        .ofSize(groups)
                        .array(int[][].class)
                        .ofSize(options)
                        .map(counts -> new Question(false, new int[0], counts)));
    }

    /** Each group's respondents, and per option how many of them chose it (up to all of them). */
    @Provide
    Arbitrary<Question> multipleChoices() {
        return Combinators.combine(
                        Arbitraries.integers().between(2, 4),
                        Arbitraries.integers().between(1, 4))
                .flatAs((options, groups) -> count().array(int[].class)
                        .ofSize(groups)
                        .flatMap(respondents -> Arbitraries.doubles()
                                .between(0, 1)
                                .array(double[].class)
                                .ofSize(groups)
                                .array(double[][].class)
                                .ofSize(options)
                                .map(fractions -> {
                                    int[][] counts = new int[options][groups];
                                    for (int o = 0; o < options; o++) {
                                        for (int g = 0; g < groups; g++) {
                                            counts[o][g] = (int) Math.round(fractions[o][g] * respondents[g]);
                                        }
                                    }
                                    return new Question(true, respondents, counts);
                                })));
    }

    @Property(tries = 300)
    void noWithheldNumberCanBeWorkedOutNorNarrowedToFewerThanFiveValues(@ForAll("questions") Question question) {
        assertThat(TwoWayAudit.exposed(
                        question.multiple(), question.respondents(), question.counts(), question.publish()))
                .as("%s", question)
                .isEmpty();
    }

    @Property(tries = 300)
    void shownNumbersAreTheTrueOnesAndNoneIsUnderFive(@ForAll("questions") Question question) {
        TwoWay published = question.publish();
        int[] groupTotals = groupTotals(question);
        for (int o = 0; o < question.options(); o++) {
            for (int g = 0; g < question.groups(); g++) {
                int truth = question.counts()[o][g];
                published
                        .cells()
                        .get(o)
                        .get(g)
                        .count()
                        .ifPresent(shown -> assertThat(shown).isEqualTo(truth).isGreaterThanOrEqualTo(5));
                if (question.multiple()
                        && published.cells().get(o).get(g).count().isPresent()) {
                    assertThat(question.respondents()[g] - truth)
                            .as("the rest of a shown count")
                            .isGreaterThanOrEqualTo(5);
                }
            }
            int optionTotal = Arrays.stream(question.counts()[o]).sum();
            published
                    .optionTotals()
                    .get(o)
                    .count()
                    .ifPresent(shown -> assertThat(shown).isEqualTo(optionTotal).isGreaterThanOrEqualTo(5));
        }
        for (int g = 0; g < question.groups(); g++) {
            int truth = groupTotals[g];
            published
                    .groupTotals()
                    .get(g)
                    .count()
                    .ifPresent(shown -> assertThat(shown).isEqualTo(truth).isGreaterThanOrEqualTo(5));
        }
        int all = Arrays.stream(groupTotals).sum();
        published
                .total()
                .count()
                .ifPresent(shown -> assertThat(shown).isEqualTo(all).isGreaterThanOrEqualTo(5));
    }

    @Example
    void aSingleChoiceWithLargeCountsIsShownWhole() {
        TwoWay published = SmallCellSuppression.protectChoices(new int[][] {{12, 7}, {9, 30}});
        assertThat(published.cells().stream().flatMap(List::stream)).noneMatch(IndicatorCell::suppressed);
        assertThat(published.groupTotals().get(0).count()).hasValue(21);
        assertThat(published.optionTotals().get(1).count()).hasValue(39);
        assertThat(published.total().count()).hasValue(58);
        assertThat(published.cells().get(0).get(0).share()).hasValue(12.0 / 21);
    }

    @Example
    void aSmallCellTakesAnotherInItsRowAndItsColumn() {
        TwoWay published = SmallCellSuppression.protectChoices(new int[][] {{12, 3, 20}, {9, 30, 8}});
        assertThat(published.cells().get(0).get(1).suppressed()).isTrue();
        long withheldInColumn = published.cells().stream()
                .filter(row -> row.get(1).suppressed())
                .count();
        long withheldInRow = published.cells().get(0).stream()
                .filter(IndicatorCell::suppressed)
                .count();
        assertThat(withheldInColumn).isGreaterThanOrEqualTo(2);
        assertThat(withheldInRow).isGreaterThanOrEqualTo(2);
    }

    @Example
    void aMultipleChoiceChosenByNearlyEveryoneIsWithheldLikeOneChosenByFew() {
        TwoWay published = SmallCellSuppression.protectMultipleChoices(new int[] {40}, new int[][] {{38}, {20}, {2}});
        assertThat(published.cells().get(0).getFirst().suppressed())
                .as("2 did not choose it")
                .isTrue();
        assertThat(published.cells().get(1).getFirst().count()).hasValue(20);
        assertThat(published.cells().get(2).getFirst().suppressed()).isTrue();
        assertThat(published.total().count()).hasValue(40);
    }

    @Example
    void anOptionCannotBeChosenByMoreThanItsRespondents() {
        assertThatThrownBy(() -> SmallCellSuppression.protectMultipleChoices(new int[] {3}, new int[][] {{4}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int[] groupTotals(Question question) {
        return TwoWayAudit.groupTotals(question.multiple(), question.respondents(), question.counts());
    }
}
