package fr.reperes.observatory;

import java.util.List;

/**
 * What a figure is broken down by. Each dimension partitions the people an indicator counts, on the day the
 * indicator looks at (the month's end for a stock, the event's day for a flow), so that its categories add up to the
 * département's total: the equations the privacy rule audits.
 *
 * <ul>
 *   <li>{@link #TERRITORY}: the young person's territory; categories are territory ids.</li>
 *   <li>{@link #AGE_BAND}: age on that day, {@link #AGE_BANDS}.</li>
 *   <li>{@link #MEASURE_KIND}: the measure in force that day, the heaviest when several (placement before AEMO...),
 *       {@code NONE} when none.</li>
 *   <li>{@link #PLACE_KIND}: the kind of lieu d'accueil of the placement in force that day ({@code placement_kind}),
 *       {@code NOT_PLACED} when none. Counted for figures only: the kind, never the place.</li>
 * </ul>
 */
public enum Dimension {
    TERRITORY,
    AGE_BAND,
    MEASURE_KIND,
    PLACE_KIND;

    /** Age bands, as the ODPE's yearly reports use them; 18-21 are the young adults. */
    public static final List<String> AGE_BANDS = List.of("0-5", "6-10", "11-15", "16-17", "18-21");

    public String key() {
        return "observatory.dimension." + name();
    }
}
