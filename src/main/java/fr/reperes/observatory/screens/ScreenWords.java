package fr.reperes.observatory.screens;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
import java.util.Locale;

/** The pages' words and an indicator's definition, shared by the list and the indicator's page. */
final class ScreenWords {

    private ScreenWords() {}

    /** The bundles in {@code locale}: captured when a page is drawn, so that a download later speaks the same. */
    static Words of(BundleTranslations translations, Locale locale) {
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

    /** What an indicator counts, among whom, from where, and what it cannot tell. */
    static Component definition(Indicator indicator, Words words) {
        DescriptionList list = new DescriptionList();
        add(list, words.text("observatory.definition.numerator"), words.text(indicator.key() + ".numerator"));
        if (indicator.shape() == Indicator.Shape.SHARE) {
            add(list, words.text("observatory.definition.denominator"), words.text(indicator.key() + ".denominator"));
        }
        add(list, words.text("observatory.definition.source"), words.text(indicator.key() + ".source"));
        add(list, words.text("observatory.definition.limits"), words.text(indicator.key() + ".limits"));
        return list;
    }

    private static void add(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
