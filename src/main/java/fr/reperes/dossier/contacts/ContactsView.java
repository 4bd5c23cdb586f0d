package fr.reperes.dossier.contacts;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.dossier.YoungPersonProfile;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.anonymity.Placement;
import fr.reperes.dossier.measures.MeasureLine;
import fr.reperes.dossier.measures.MeasureService;
import fr.reperes.dossier.measures.YoungPersonMeasures;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.BundleTranslations;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/** "Mes contacts": the référent, the lieu d'accueil when it may be known, and the national numbers. */
@Route(ContactsView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.contacts", order = 30, icon = "vaadin:phone")
public class ContactsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "contacts";

    private final String title;

    ContactsView(
            CurrentViewer currentViewer,
            MeasureService measures,
            YoungPersonService youngPeople,
            ContactService contactService) {
        Viewer viewer = currentViewer.require();
        setMaxWidth("60rem");
        List<YoungPersonMeasures> all = measures.mine(viewer);
        List<String> names = all.stream().map(YoungPersonMeasures::firstName).toList();
        title = getTranslation(
                viewer.audience().key("contacts.title"), BundleTranslations.names(names, getLocale()), names.size());
        add(new H1(title));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation(viewer.audience().key("measures.none-open"))));
        }
        for (YoungPersonMeasures child : all) {
            if (all.size() > 1) {
                add(new H2(getTranslation("contacts.for", child.firstName())));
            }
            Div cards = new Div();
            cards.addClassName("reperes-cards");
            YoungPersonProfile profile = youngPeople.profile(viewer, child.youngPersonId());
            cards.add(ContactCards.referent(profile.referent(), "contacts.referent"));
            child.measures().stream()
                    .filter(m -> m.status() == MeasureLine.Status.ACTIVE && m.placement() != null)
                    .findFirst()
                    .ifPresent(m -> cards.add(
                            placementCard(Objects.requireNonNull(m.placement(), "kept above for having one"))));
            for (PersonContact contact : contactService.contacts(viewer, child.youngPersonId())) {
                Div card = new Div(
                        new H3(getTranslation("contact.kind." + contact.kind().name())),
                        new Paragraph(
                                contact.organisation() == null
                                        ? contact.name()
                                        : contact.name() + " · " + contact.organisation()));
                card.addClassName("reperes-card");
                if (contact.phone() != null) {
                    card.add(new Anchor(
                            "tel:" + contact.phone().replace(" ", ""),
                            getTranslation("contact.call", contact.phone())));
                }
                cards.add(card);
            }
            add(cards);
        }
        Div national = new Div(
                nationalCard("contacts.119", "tel:119", "119"),
                nationalCard("contacts.defender", "tel:0969390000", "09 69 39 00 00"));
        national.addClassName("reperes-cards");
        add(new H2(getTranslation("contacts.national")), national);
    }

    private Div placementCard(Placement placement) {
        Div card = new Div(new H3(getTranslation("contacts.placement")));
        card.addClassName("reperes-card");
        String kind = getTranslation("placement.kind." + placement.kind().name());
        if (placement.withheld()) {
            card.add(new Paragraph(getTranslation("measure.placement.withheld", kind)));
            return card;
        }
        card.add(new Paragraph(kind + " · " + placement.name()));
        if (placement.phone() != null) {
            card.add(new Anchor(
                    "tel:" + placement.phone().replace(" ", ""), getTranslation("contact.call", placement.phone())));
        }
        return card;
    }

    private Div nationalCard(String key, String href, String number) {
        Div card = new Div(
                new H3(getTranslation(key)),
                new Paragraph(getTranslation(key + ".text")),
                new Anchor(href, getTranslation("contact.call", number)));
        card.addClassName("reperes-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
