package fr.reperes.observatory.shown;

import fr.reperes.observatory.Indicator;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's definition as every reader is given it, on its page and in the yearly report: what is counted, among
 * whom (a share's denominator), from where, and what it cannot tell.
 */
public final class Definition {

    private Definition() {}

    /** One term of the definition and what it says. */
    public record Entry(String term, String description) {}

    public static List<Entry> of(Indicator indicator, Words words) {
        List<Entry> entries = new ArrayList<>();
        entries.add(
                new Entry(words.text("observatory.definition.numerator"), words.text(indicator.key() + ".numerator")));
        if (indicator.shape() == Indicator.Shape.SHARE) {
            entries.add(new Entry(
                    words.text("observatory.definition.denominator"), words.text(indicator.key() + ".denominator")));
        }
        entries.add(new Entry(words.text("observatory.definition.source"), words.text(indicator.key() + ".source")));
        entries.add(new Entry(words.text("observatory.definition.limits"), words.text(indicator.key() + ".limits")));
        return List.copyOf(entries);
    }
}
