package fr.reperes.observatory.counting;

import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.MonthlyCount;
import java.time.Year;
import java.util.List;

/**
 * The raw monthly counts of the observatory, frozen: a month is counted once, when it has been over for a month, for
 * every indicator and dimension at once, and every later call returns the same numbers whatever was recorded since.
 * Raw: to be protected (SmallCellSuppression) before anyone reads them.
 */
public interface FrozenMonths {

    /**
     * The frozen raw counts of every month of {@code year} over for a month at least (counting and freezing now those
     * not yet frozen), for one indicator and dimension, all territories and categories.
     */
    List<MonthlyCount> of(long departementId, Indicator indicator, Dimension dimension, Year year);

    /** The categories of a dimension in display order (territory ids as strings for TERRITORY). */
    List<String> categories(long departementId, Dimension dimension);
}
