package fr.reperes.dossier.measures;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.anonymity.Placement;
import fr.reperes.platform.Audience;
import fr.reperes.platform.DateTexts;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Measures newest first, each with its dates, who decided it, where the young person lives and the visits. */
public final class MeasureTimeline {

    private MeasureTimeline() {}

    public static Component of(List<MeasureLine> measures, Audience audience, DateTexts dates) {
        if (measures.isEmpty()) {
            return new Paragraph(t("measures.empty"));
        }
        OrderedList timeline = new OrderedList();
        timeline.addClassName("reperes-timeline");
        for (MeasureLine measure : measures) {
            timeline.add(new ListItem(card(measure, audience, dates)));
        }
        return timeline;
    }

    private static Div card(MeasureLine measure, Audience audience, DateTexts dates) {
        String kind = measure.kind().name();
        Span status = new Span(t("measure.status." + measure.status().name()));
        status.addClassName("reperes-status");
        status.addClassName("reperes-status-" + measure.status().name().toLowerCase(Locale.ROOT));
        Div card = new Div(new H3(t("measure.kind." + kind)), status);
        card.addClassName("reperes-card");
        card.add(new Paragraph(t("measure.kind." + kind + ".name")));
        card.add(new Paragraph(t(
                "measure.decided",
                t("measure.decider." + measure.decidedBy().name()),
                dates.day(measure.decidedOn()),
                t(measure.kind().basisKey()))));
        card.add(new Paragraph(
                measure.endsOn() == null
                        ? t("measure.since", dates.day(measure.startsOn()))
                        : t("measure.from-to", dates.day(measure.startsOn()), dates.day(measure.endsOn()))));
        Placement placement = measure.placement();
        if (placement != null) {
            String where = t("placement.kind." + placement.kind().name());
            if (placement.withheld()) {
                card.add(new Paragraph(t("measure.placement.withheld", where)));
            } else {
                card.add(new Paragraph(t("measure.placement", where, placement.name())));
                if (placement.address() != null) {
                    card.add(new Paragraph(placement.address()));
                }
            }
        }
        if (measure.visitingRights() != null) {
            String visits = t("visits." + measure.visitingRights().name());
            card.add(new Paragraph(
                    measure.visitingFrequency() == null
                            ? t(audience.key("measure.visits"), visits)
                            : t(audience.key("measure.visits.frequency"), visits, measure.visitingFrequency())));
        }
        Details glossary = new Details(
                t("glossary.what-is", t("measure.kind." + kind)),
                new Paragraph(t("measure.kind." + kind + ".explain")));
        card.add(glossary);
        String livret = livretRoute(measure.kind());
        if (livret != null) {
            Anchor read = new Anchor(livret, t(audience.key("measure.livret")));
            read.addClassName("reperes-livret-link");
            card.add(read);
        }
        return card;
    }

    /**
     * The livret d'accueil that explains a kind of measure ({@code livret/WELCOME_<group>}, the content module's
     * route and codes, written out here: the dossier does not depend on content), for the kinds Repères ships a
     * livret for; null for the others.
     */
    static @Nullable String livretRoute(MeasureKind kind) {
        return switch (kind) {
            case OPP, PLACEMENT_JUDICIAIRE, TDC -> "livret/WELCOME_PLACEMENT";
            case AEMO, AEMO_RENFORCEE -> "livret/WELCOME_AEMO";
            case ACCUEIL_PROVISOIRE -> "livret/WELCOME_ACCUEIL_PROVISOIRE";
            default -> null;
        };
    }

    private static String t(String key, @Nullable Object... params) {
        return I18NProvider.translate(key, params);
    }
}
