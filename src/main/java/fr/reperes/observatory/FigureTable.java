package fr.reperes.observatory;

import fr.reperes.platform.suppression.IndicatorCell;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table the observatory shows, exports and prints, already protected: a withheld number is absent from its
 * {@link IndicatorCell}, never zero. Rows are the categories of the breakdown (or one territory's single row), columns
 * the periods; the total row is the département's (or the chosen territory's) figure.
 *
 * @param indicator    what is counted
 * @param breakdown    the dimension of the rows
 * @param territoryId  the territory the table is limited to, or null for the whole département
 * @param granularity  months, quarters or years
 * @param periods      the columns' labels, in order: {@code 2026-03}, {@code 2026-T1}, {@code 2026}
 * @param rows         one per category, cells in the order of {@code periods}
 * @param total        the total's cells, in the order of {@code periods}
 * @param countedOn    when the months shown were frozen, the latest of them
 */
public record FigureTable(
        Indicator indicator,
        Dimension breakdown,
        @Nullable Long territoryId,
        Granularity granularity,
        List<String> periods,
        List<Row> rows,
        List<IndicatorCell> total,
        LocalDate countedOn) {

    /**
     * @param category  the category's code (a territory id, an age band, a measure or place kind)
     * @param label     its name as shown, already translated
     */
    public record Row(String category, String label, List<IndicatorCell> cells) {}
}
