package fr.reperes.dossier.careplan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.platform.Audience;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.ReadAloud;
import fr.reperes.platform.StaticHtml;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A PPE version as the family reads it: by domain, in plain words, with what changed and a read-aloud button. */
final class CarePlanDisplay {

    private CarePlanDisplay() {}

    /**
     * @param latest    whether this is the latest published version (an old version's review date is history)
     * @param audience  who reads: the young person reads "Ce que j'en dis", a parent or a professional "Ce qu'en dit
     *                  Lina" and "Ce qu'en disent ses parents"
     * @param firstName the young person's first name
     */
    static Div of(
            CarePlanVersion version,
            boolean latest,
            String idSuffix,
            DateTexts dates,
            Audience audience,
            String firstName) {
        return of(
                version,
                latest,
                idSuffix,
                dates,
                t("ppe.version", version.number(), dates.day(version.publishedAt()), version.authorName()),
                audience,
                firstName);
    }

    /** The référent's draft as the family will read it, under the number it will take once published. */
    static Div preview(CarePlanVersion version, DateTexts dates, String firstName) {
        return of(
                version,
                true,
                "apercu",
                dates,
                t("ppe.version.preview", version.number(), version.authorName()),
                Audience.PROFESSIONAL,
                firstName);
    }

    private static Div of(
            CarePlanVersion version,
            boolean latest,
            String idSuffix,
            DateTexts dates,
            String heading,
            Audience audience,
            String firstName) {
        Div plan = new Div();
        plan.setId("ppe-" + idSuffix);
        plan.addClassName("reperes-ppe");
        Div about = new Div(new Paragraph(heading));
        plan.add(StaticHtml.mark(about));
        LocalDate review = version.nextReviewOn();
        if (review != null) {
            about.add(new Paragraph(t(version.reviewKey(dates.today(), latest), dates.day(review))));
        }
        if (!version.changedSincePrevious().isEmpty()) {
            Paragraph changed = new Paragraph(t(
                    "ppe.changed",
                    version.number() - 1,
                    version.changedSincePrevious().stream()
                            .map(d -> t("ppe.domain." + d.name()))
                            .collect(Collectors.joining(", "))));
            changed.addClassName("reperes-changed");
            about.add(changed);
        }
        plan.add(ReadAloud.button(plan.getId().orElseThrow()));

        Div domains = new Div();
        domains.addClassName("reperes-cards");
        for (DomainPlan domain : version.domains()) {
            domains.add(domainCard(domain, version.changedSincePrevious().contains(domain.domain()), dates, audience));
        }
        plan.add(StaticHtml.mark(domains));
        Div words = new Div();
        words.addClassName("reperes-cards");
        words.add(
                wordsCard(t(audience.key("ppe.youth-words"), firstName), version.youthWords()),
                wordsCard(t(audience.key("ppe.parents-words"), firstName), version.parentsWords()));
        plan.add(StaticHtml.mark(words));
        return plan;
    }

    private static Component domainCard(DomainPlan domain, boolean changed, DateTexts dates, Audience audience) {
        Div card = new Div(new H3(t("ppe.domain." + domain.domain().name())));
        card.addClassName("reperes-card");
        if (changed) {
            Paragraph badge = new Paragraph(t("ppe.domain.changed"));
            badge.addClassName("reperes-changed");
            card.add(badge);
        }
        if (domain.withheld()) {
            card.add(new Paragraph(t(audience.key("ppe.domain.withheld"))));
            return card;
        }
        section(card, "ppe.needs", domain.needs());
        section(card, "ppe.objectives", domain.objectives());
        if (!domain.actions().isEmpty()) {
            card.add(new H4(t("ppe.actions")));
            UnorderedList actions = new UnorderedList();
            for (CarePlanAction action : domain.actions()) {
                String key = action.textKey(dates.today());
                ListItem item = new ListItem(
                        action.dueOn() == null
                                ? t(key, action.what(), action.who())
                                : t(key, action.what(), action.who(), dates.day(action.dueOn())));
                if (key.equals("ppe.action.past")) {
                    item.addClassName("reperes-past-due");
                }
                actions.add(item);
            }
            card.add(actions);
        }
        section(card, "ppe.evaluation", domain.evaluation());
        if (domain.needs() == null
                && domain.objectives() == null
                && domain.actions().isEmpty()
                && domain.evaluation() == null) {
            card.add(new Paragraph(t("ppe.domain.empty")));
        }
        return card;
    }

    private static void section(Div card, String titleKey, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            card.add(new H4(t(titleKey)), new Paragraph(text));
        }
    }

    private static Component wordsCard(String title, @Nullable String text) {
        Div card = new Div(new H3(title), new Paragraph(text == null || text.isBlank() ? t("ppe.words.none") : text));
        card.addClassName("reperes-card");
        card.addClassName("reperes-words");
        return card;
    }

    private static String t(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }
}
