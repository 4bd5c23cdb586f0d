package fr.reperes.dossier.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.contacts.ContactCards;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.HomePanel;

/** "What's next for me": the steps ahead with their dates, and who to call. */
@org.springframework.stereotype.Component
class YouthHomePanel implements HomePanel {

    private final YoungPersonService youngPeople;
    private final DateTexts dates;

    YouthHomePanel(YoungPersonService youngPeople, DateTexts dates) {
        this.youngPeople = youngPeople;
        this.dates = dates;
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        return viewer.role() == Role.JEUNE;
    }

    @Override
    public Component create(Viewer viewer) {
        YouthOverview overview = youngPeople.overview(viewer);

        UnorderedList steps = new UnorderedList();
        steps.addClassName("reperes-steps");
        for (Milestone step : overview.upcoming()) {
            steps.add(new ListItem(new Div(
                    new Paragraph(I18NProvider.translate(
                            "youth.milestone." + step.kind().name())),
                    new Paragraph(dates.day(step.date()) + " · " + dates.until(step.date())))));
        }
        Div next = new Div(
                new H2(I18NProvider.translate("youth.next.title")),
                overview.upcoming().isEmpty() ? new Paragraph(I18NProvider.translate("youth.next.none")) : steps);
        next.addClassName("reperes-card");

        Div contact = ContactCards.referent(overview.profile().referent(), "youth.referent.title");

        Div journal = new Div(
                new H2(I18NProvider.translate("youth.journal.title")),
                new Paragraph(I18NProvider.translate("youth.journal.text")),
                new Anchor("qui-a-consulte-mon-dossier", I18NProvider.translate("youth.journal.link")));
        journal.addClassName("reperes-card");

        Div panel = new Div(next, contact, journal);
        panel.addClassName("reperes-cards");
        return StaticHtml.mark(panel);
    }
}
