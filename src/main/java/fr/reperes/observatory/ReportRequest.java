package fr.reperes.observatory;

import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * What the ODPE asks the yearly report to hold: the year, the indicators chosen in their order, the breakdowns of
 * each indicator's tables (the territorial one first, as on the pages) at one granularity, the département's
 * introduction and, for any chosen indicator, its comment. The figures are the pages' own (ObservatoryFigures).
 *
 * @param comments the département's comment on an indicator, by indicator; an indicator without one has none
 */
public record ReportRequest(
        Year year,
        Granularity granularity,
        List<Dimension> breakdowns,
        List<Indicator> indicators,
        String introduction,
        Map<Indicator, String> comments) {

    public ReportRequest {
        breakdowns = List.copyOf(breakdowns);
        indicators = List.copyOf(indicators);
        comments = Map.copyOf(comments);
    }
}
