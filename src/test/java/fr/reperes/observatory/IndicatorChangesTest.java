package fr.reperes.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import fr.reperes.platform.suppression.IndicatorCell;
import org.junit.jupiter.api.Test;

/** The change the observatory's home ranks by: never computed from a withheld number. */
class IndicatorChangesTest {

    @Test
    void aShareChangesInPercentagePoints() {
        assertThat(IndicatorChanges.change(IndicatorCell.of(20, 40), IndicatorCell.of(30, 40), Indicator.Shape.SHARE))
                .hasValueSatisfying(change -> assertThat(change).isCloseTo(25.0, offset(1e-9)));
    }

    @Test
    void aCountChangesInPercentOfTheEarlierMonth() {
        assertThat(IndicatorChanges.change(
                        IndicatorCell.of(40, null), IndicatorCell.of(30, null), Indicator.Shape.COUNT))
                .contains(-25.0);
    }

    @Test
    void nothingIsComparedWhenANumberIsWithheldOrACountStartsFromNothing() {
        IndicatorCell withheld = IndicatorCell.of(null, null);
        assertThat(IndicatorChanges.change(withheld, IndicatorCell.of(30, null), Indicator.Shape.COUNT))
                .isEmpty();
        assertThat(IndicatorChanges.change(IndicatorCell.of(30, null), withheld, Indicator.Shape.COUNT))
                .isEmpty();
        assertThat(IndicatorChanges.change(
                        IndicatorCell.of(20, null), IndicatorCell.of(null, 40), Indicator.Shape.SHARE))
                .isEmpty();
        assertThat(IndicatorChanges.change(
                        IndicatorCell.of(0, null), IndicatorCell.of(30, null), Indicator.Shape.COUNT))
                .isEmpty();
    }
}
