package fr.reperes.observatory.screens;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.shown.Definition;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
import java.util.Locale;

/** The pages' words and an indicator's definition, shared by the list and the indicator's page. */
final class ScreenWords {

    private ScreenWords() {}

    /** The bundles in {@code locale}: captured when a page is drawn, so that a download later speaks the same. */
    static Words of(BundleTranslations translations, Locale locale) {
        return Words.of(translations, locale);
    }

    /** What an indicator counts, among whom, from where, and what it cannot tell. */
    static Component definition(Indicator indicator, Words words) {
        DescriptionList list = new DescriptionList();
        for (Definition.Entry entry : Definition.of(indicator, words)) {
            list.add(new DescriptionList.Term(entry.term()), new DescriptionList.Description(entry.description()));
        }
        return list;
    }
}
