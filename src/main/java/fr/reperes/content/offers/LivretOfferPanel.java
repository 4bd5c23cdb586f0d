package fr.reperes.content.offers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.content.LivretOffer;
import fr.reperes.content.LivretOffers;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.Audience;
import fr.reperes.platform.DateTexts;
import fr.reperes.shell.HomePanel;
import java.time.Instant;
import java.util.List;

/**
 * On a young person's or a parent's home: the livret d'accueil of each measure in force, offered at the first sign-in
 * after it began ({@link LivretOffers#offer}), with "Lire le livret" and, until they say so, "J'ai reçu et lu le
 * livret". Once acknowledged, a line says when, and the livret stays one click away.
 */
@org.springframework.stereotype.Component
class LivretOfferPanel implements HomePanel {

    /** Near the top: a new measure is what a family needs explained first. */
    static final int ORDER = -30;

    private final LivretOffers offers;
    private final DateTexts dates;

    LivretOfferPanel(LivretOffers offers, DateTexts dates) {
        this.offers = offers;
        this.dates = dates;
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        return viewer.role() == Role.JEUNE || viewer.role() == Role.PARENT;
    }

    @Override
    public Component create(Viewer viewer) {
        List<LivretOffer> offered = offers.offer(viewer);
        Div panel = new Div();
        panel.setId("livret-accueil");
        panel.addClassName("reperes-cards");
        panel.setVisible(!offered.isEmpty());
        Audience audience = viewer.audience();
        for (LivretOffer offer : offered) {
            Div card = new Div();
            card.addClassName("reperes-card");
            card.addClassName("reperes-livret-offer");
            String measure =
                    I18NProvider.translate("measure.kind." + offer.kind().name() + ".name");
            card.add(
                    new H2(I18NProvider.translate(audience.key("livret.offer.title"), offer.firstName())),
                    new Paragraph(
                            I18NProvider.translate(audience.key("livret.offer.text"), offer.firstName(), measure)),
                    new Anchor("livret/" + offer.bookCode(), I18NProvider.translate("livret.offer.read")));
            Div status = new Div();
            status.addClassName("reperes-livret-offer-status");
            card.add(status);
            if (offer.acknowledgedAt() != null) {
                status.add(acknowledged(audience, offer.acknowledgedAt()));
            } else {
                Button acknowledge = new Button(I18NProvider.translate("livret.offer.acknowledge"));
                acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                acknowledge.addClickListener(click -> {
                    Instant at = offers.acknowledge(viewer, offer.id());
                    status.removeAll();
                    status.add(acknowledged(audience, at));
                });
                status.add(acknowledge);
            }
            panel.add(card);
        }
        return panel;
    }

    private Paragraph acknowledged(Audience audience, Instant at) {
        Paragraph line =
                new Paragraph(I18NProvider.translate(audience.key("livret.offer.acknowledged"), dates.day(at)));
        line.addClassName("reperes-livret-offer-done");
        return line;
    }

    @Override
    public int order() {
        return ORDER;
    }
}
