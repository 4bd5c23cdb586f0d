package fr.reperes.content.offers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.access.AccessDecision;
import fr.reperes.access.InformationKind;
import fr.reperes.content.LivretOffers;
import fr.reperes.content.MeasureLivret;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.shell.YoungPersonSection;
import java.util.List;
import java.util.Optional;

/**
 * On a référent's page of one young person: for each measure in force (or whose livret was offered), to whom the
 * livret d'accueil was offered, when, and who said they received and read it, in which language; read through
 * {@link LivretOffers#ofYoungPerson}, journaled. Nothing for a viewer who does not follow the young person.
 */
@org.springframework.stereotype.Component
class LivretSection implements YoungPersonSection {

    private final LivretOffers offers;
    private final DossierAccess access;
    private final DateTexts dates;

    LivretSection(LivretOffers offers, DossierAccess access, DateTexts dates) {
        this.offers = offers;
        this.access = access;
        this.dates = dates;
    }

    @Override
    public Optional<Component> section(Viewer viewer, long youngPersonId) {
        AccessDecision decision = access.decide(viewer, youngPersonId, InformationKind.MEASURES);
        if (!decision.allowed() || !decision.reason().professional()) {
            return Optional.empty();
        }
        List<MeasureLivret> measures = offers.ofYoungPerson(viewer, youngPersonId);
        Div section = new Div(new H2(I18NProvider.translate("livret.file.title")));
        section.setId("livret-accueil");
        section.addClassName("reperes-card");
        if (measures.isEmpty()) {
            section.add(new Paragraph(I18NProvider.translate("livret.file.no-measure")));
            return Optional.of(section);
        }
        for (MeasureLivret measure : measures) {
            section.add(new H3(I18NProvider.translate(
                    "livret.file.measure",
                    I18NProvider.translate("measure.kind." + measure.kind().name() + ".name"),
                    dates.day(measure.startsOn()))));
            if (!measure.livretWritten() && measure.offered().isEmpty()) {
                section.add(new Paragraph(I18NProvider.translate("livret.file.none-written")));
                continue;
            }
            if (measure.offered().isEmpty()) {
                section.add(new Paragraph(I18NProvider.translate("livret.file.not-offered")));
                continue;
            }
            UnorderedList readers = new UnorderedList();
            for (MeasureLivret.Offered offered : measure.offered()) {
                String line = I18NProvider.translate(
                        "livret.file.offered", offered.readerName(), dates.day(offered.offeredAt()));
                line += " "
                        + (offered.acknowledgedAt() == null
                                ? I18NProvider.translate("livret.file.not-acknowledged")
                                : I18NProvider.translate(
                                        "livret.file.acknowledged",
                                        dates.day(offered.acknowledgedAt()),
                                        I18NProvider.translate(
                                                offered.acknowledgedLanguage() == null
                                                        ? "content.language.FR"
                                                        : offered.acknowledgedLanguage()
                                                                .nameKey())));
                readers.add(new ListItem(line));
            }
            section.add(readers);
            if (!measure.acknowledgedByAnyone()) {
                Paragraph warning = new Paragraph(I18NProvider.translate("livret.file.nobody"));
                warning.addClassName("reperes-warning");
                section.add(warning);
            }
        }
        return Optional.of(section);
    }
}
