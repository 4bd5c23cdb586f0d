package fr.reperes.observatory.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.IndicatorChanges;
import fr.reperes.observatory.IndicatorChanges.Change;
import fr.reperes.platform.suppression.IndicatorCell;
import fr.reperes.shell.HomePanel;
import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * "Ce qui a le plus changé depuis le mois dernier" on the home of the observatory's readers: the five département
 * totals that moved most between the last two published months, each a link to its indicator's page.
 */
@org.springframework.stereotype.Component
class ChangesPanel implements HomePanel {

    private final IndicatorChanges changes;

    ChangesPanel(IndicatorChanges changes) {
        this.changes = changes;
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        return viewer.role() == Role.OBSERVATOIRE;
    }

    @Override
    public Component create(Viewer viewer) {
        Div panel = new Div();
        panel.addClassName("reperes-card");
        panel.setId("observatoire-changements");
        panel.add(new H2(translate("observatory.home.changes.title")));
        List<Change> largest = changes.largest(viewer);
        if (largest.isEmpty()) {
            // Published months whose totals are all withheld, or unchanged, are not "nothing published".
            panel.add(new Paragraph(translate(
                    changes.lastPublishedMonth(viewer).isEmpty()
                            ? "observatory.home.changes.none"
                            : "observatory.home.changes.noneComparable")));
            return panel;
        }
        Locale locale = UI.getCurrentOrThrow().getLocale();
        UnorderedList list = new UnorderedList();
        for (Change change : largest) {
            String title = translate(change.indicator().key() + ".title");
            Anchor link = new Anchor("observatoire/" + change.indicator().slug(), title);
            Paragraph detail = new Paragraph(translate(
                    change.indicator().shape() == Indicator.Shape.SHARE
                            ? "observatory.home.changes.share"
                            : "observatory.home.changes.count",
                    shown(change.previous(), change.indicator(), locale),
                    shown(change.last(), change.indicator(), locale),
                    signed(change.change(), locale),
                    change.lastMonth().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                            + change.lastMonth().getYear()));
            list.add(new ListItem(link, detail));
        }
        panel.add(list);
        return panel;
    }

    @Override
    public int order() {
        return -20;
    }

    private static String shown(IndicatorCell cell, Indicator indicator, Locale locale) {
        NumberFormat format = NumberFormat.getInstance(locale);
        if (indicator.shape() == Indicator.Shape.SHARE) {
            format.setMaximumFractionDigits(1);
            return format.format(100 * cell.share().orElseThrow()) + " %";
        }
        return format.format(cell.count().orElseThrow());
    }

    private static String signed(double change, Locale locale) {
        NumberFormat format = NumberFormat.getInstance(locale);
        format.setMaximumFractionDigits(1);
        return (change > 0 ? "+" : change < 0 ? "−" : "") + format.format(Math.abs(change));
    }

    private static String translate(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }
}
