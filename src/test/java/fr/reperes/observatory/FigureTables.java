package fr.reperes.observatory;

import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.suppression.IndicatorCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random protected tables as the figures service hands them out, for tests of what shows and exports them: any
 * indicator, breakdown and granularity, withheld cells anywhere (the total's too), shown zeros among them so that a
 * zero in place of a withheld cell cannot pass unseen, and shares whose cohort is sometimes withheld.
 */
public final class FigureTables {

    private FigureTables() {}

    public static Arbitrary<FigureTable> tables() {
        return Combinators.combine(
                        Arbitraries.of(Indicator.class),
                        Arbitraries.of(Dimension.class),
                        Arbitraries.of(Granularity.class),
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(1, 6))
                .flatAs((indicator, breakdown, granularity, rowCount, periodCount) -> {
                    int periods = granularity == Granularity.MONTH
                            ? Math.min(12, periodCount * 2)
                            : granularity == Granularity.QUARTER ? Math.min(4, periodCount) : periodCount;
                    Arbitrary<List<IndicatorCell>> line = cell(indicator).list().ofSize(periods);
                    return Combinators.combine(line.list().ofSize(rowCount), line)
                            .as((cells, total) -> table(indicator, breakdown, granularity, periods, cells, total));
                });
    }

    static FigureTable table(
            Indicator indicator,
            Dimension breakdown,
            Granularity granularity,
            int periods,
            List<List<IndicatorCell>> cells,
            List<IndicatorCell> total) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            codes.add(
                    switch (granularity) {
                        case MONTH -> "2026-%02d".formatted(i + 1);
                        case QUARTER -> "2026-T" + (i + 1);
                        case YEAR -> Integer.toString(2026 - periods + 1 + i);
                    });
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            // Two rows share a label: a chart must not merge them.
            rows.add(new FigureTable.Row("C" + i, i == 1 ? "Catégorie 0" : "Catégorie " + i, cells.get(i)));
        }
        return new FigureTable(indicator, breakdown, null, granularity, codes, rows, total, LocalDate.of(2026, 12, 1));
    }

    static Arbitrary<IndicatorCell> cell(Indicator indicator) {
        Arbitrary<IndicatorCell> withheld = Arbitraries.just(IndicatorCell.of(null, null));
        Arbitrary<Integer> counts = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(5, Arbitraries.integers().between(5, 400)));
        Arbitrary<IndicatorCell> shown = indicator.shape() == Indicator.Shape.COUNT
                ? counts.map(count -> IndicatorCell.of(count, null))
                : Combinators.combine(
                                counts,
                                Arbitraries.integers().between(5, 300),
                                Arbitraries.integers().between(0, 5))
                        .as((count, extra, cohortShown) ->
                                IndicatorCell.of(count, cohortShown == 0 ? null : count + extra));
        return Arbitraries.frequencyOf(Tuple.of(1, withheld), Tuple.of(2, shown));
    }

    /** The bundles' words in {@code locale}, as a page would have them. */
    public static Words words(Locale locale) {
        BundleTranslations translations = new BundleTranslations();
        return new Words() {
            @Override
            public String text(String key, Object... params) {
                return translations.getTranslation(key, locale, params);
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }
}
