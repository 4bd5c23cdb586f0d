package fr.reperes.dossier.careplan;

import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanAttachment;
import fr.reperes.dossier.documents.PdfDocument;
import fr.reperes.platform.Audience;
import fr.reperes.platform.DateTexts;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;

/** A published PPE version on paper: by domain, in the family's words, with what changed. */
public final class CarePlanPdf {

    private CarePlanPdf() {}

    /** The PPE in {@code reader}'s words: "Ce que j'en dis" to the young person, "Ce qu'en dit Lina" to a parent. */
    public static byte[] render(
            CarePlanVersion version,
            boolean latest,
            String youngPersonName,
            java.util.List<CarePlanAttachment.Printed> attached,
            Locale locale,
            I18NProvider i18n,
            DateTexts dates,
            Audience reader) {
        String title = t(i18n, locale, "pdf.ppe.title", youngPersonName);
        return PdfDocument.write(
                title, page -> t(i18n, locale, "pdf.footer", dates.day(dates.today(), locale), page), document -> {
                    body(document, version, latest, title, locale, i18n, dates, reader, youngPersonName);
                    attached.forEach(part -> attachment(document, part));
                });
    }

    private static void attachment(Document document, CarePlanAttachment.Printed part) {
        document.add(PdfDocument.paragraph(part.title(), PdfDocument.HEADING, 16));
        for (CarePlanAttachment.Section section : part.sections()) {
            document.add(PdfDocument.paragraph(section.heading(), PdfDocument.SUBHEADING, 6));
            if (section.text() != null && !section.text().isBlank()) {
                document.add(PdfDocument.paragraph(section.text(), PdfDocument.BODY, 2));
            }
            if (!section.items().isEmpty()) {
                List items = new List(false, 12);
                items.setListSymbol("\u2022");
                section.items().forEach(item -> items.add(new ListItem(PdfDocument.clean(item), PdfDocument.BODY)));
                document.add(items);
            }
        }
    }

    private static void body(
            Document document,
            CarePlanVersion version,
            boolean latest,
            String title,
            Locale locale,
            I18NProvider i18n,
            DateTexts dates,
            Audience reader,
            String firstName) {
        document.add(PdfDocument.paragraph(title, PdfDocument.TITLE, 0));
        document.add(PdfDocument.paragraph(
                t(
                        i18n,
                        locale,
                        "ppe.version",
                        version.number(),
                        dates.day(version.publishedAt(), locale),
                        version.authorName()),
                PdfDocument.BODY,
                8));
        if (version.nextReviewOn() != null) {
            document.add(PdfDocument.paragraph(
                    t(
                            i18n,
                            locale,
                            version.reviewKey(dates.today(), latest),
                            dates.day(version.nextReviewOn(), locale)),
                    PdfDocument.BODY,
                    2));
        }
        if (!version.changedSincePrevious().isEmpty()) {
            document.add(PdfDocument.paragraph(
                    t(
                            i18n,
                            locale,
                            "ppe.changed",
                            version.number() - 1,
                            version.changedSincePrevious().stream()
                                    .map(d -> t(i18n, locale, "ppe.domain." + d.name()))
                                    .collect(Collectors.joining(", "))),
                    PdfDocument.SUBHEADING,
                    6));
        }
        for (DomainPlan domain : version.domains()) {
            document.add(PdfDocument.paragraph(
                    t(i18n, locale, "ppe.domain." + domain.domain().name()), PdfDocument.HEADING, 16));
            if (domain.withheld()) {
                document.add(
                        PdfDocument.paragraph(t(i18n, locale, reader.key("ppe.domain.withheld")), PdfDocument.BODY, 4));
                continue;
            }
            section(document, i18n, locale, "ppe.needs", domain.needs());
            section(document, i18n, locale, "ppe.objectives", domain.objectives());
            if (!domain.actions().isEmpty()) {
                document.add(PdfDocument.paragraph(t(i18n, locale, "ppe.actions"), PdfDocument.SUBHEADING, 6));
                List actions = new List(false, 12);
                actions.setListSymbol("\u2022");
                for (CarePlanAction action : domain.actions()) {
                    String key = action.textKey(dates.today());
                    String text = action.dueOn() == null
                            ? t(i18n, locale, key, action.what(), action.who())
                            : t(i18n, locale, key, action.what(), action.who(), dates.day(action.dueOn(), locale));
                    actions.add(new ListItem(PdfDocument.clean(text), PdfDocument.BODY));
                }
                document.add(actions);
            }
            section(document, i18n, locale, "ppe.evaluation", domain.evaluation());
        }
        section(document, i18n, locale, reader.key("ppe.youth-words"), version.youthWords(), firstName);
        section(document, i18n, locale, reader.key("ppe.parents-words"), version.parentsWords(), firstName);
    }

    private static void section(
            Document document,
            I18NProvider i18n,
            Locale locale,
            String titleKey,
            @Nullable String text,
            Object... params) {
        if (text != null && !text.isBlank()) {
            document.add(PdfDocument.paragraph(t(i18n, locale, titleKey, params), PdfDocument.SUBHEADING, 6));
            document.add(PdfDocument.paragraph(text, PdfDocument.BODY, 2));
        }
    }

    private static String t(I18NProvider i18n, Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
