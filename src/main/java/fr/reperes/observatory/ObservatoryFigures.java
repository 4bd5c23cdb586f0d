package fr.reperes.observatory;

import fr.reperes.identity.Viewer;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The observatory's tables, protected before they leave this class: every screen, export and report reads its figures
 * here, so that one rule decides what is shown. Refused to every role but the observatory's and the ADMIN's
 * (AccessPolicy.decideAggregates).
 */
@Service
public class ObservatoryFigures {

    /**
     * One indicator for one year (or, by {@link Granularity#YEAR}, the five years up to it), broken down by
     * {@code breakdown}, for the département or, with {@code territoryId}, for that territory alone (then the
     * breakdown must be {@link Dimension#TERRITORY}: a territory is never crossed with another dimension, which would
     * cut the people counted into groups too small to protect).
     */
    public FigureTable table(
            Viewer viewer,
            Indicator indicator,
            Dimension breakdown,
            @Nullable Long territoryId,
            Granularity granularity,
            Year year) {
        throw new UnsupportedOperationException("issue 14: implemented by the suppression and figures work");
    }

    /** The département's territories, by name. */
    public List<ObservatoryTerritory> territories(Viewer viewer) {
        throw new UnsupportedOperationException("issue 14: implemented by the suppression and figures work");
    }

    /** The last month published (over for a month, frozen), if any. */
    public Optional<YearMonth> lastPublishedMonth(Viewer viewer) {
        throw new UnsupportedOperationException("issue 14: implemented by the suppression and figures work");
    }
}
