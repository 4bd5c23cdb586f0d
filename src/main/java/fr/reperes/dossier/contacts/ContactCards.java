package fr.reperes.dossier.contacts;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.ContactCard;
import org.jspecify.annotations.Nullable;

/** A professional's contact as a card: name, job, service, and a phone link a phone can call. */
public final class ContactCards {

    private ContactCards() {}

    public static Div referent(@Nullable ContactCard referent, String titleKey) {
        Div card = new Div(new H2(I18NProvider.translate(titleKey)));
        card.addClassName("reperes-card");
        if (referent == null) {
            card.add(new Paragraph(I18NProvider.translate("contact.no-referent")));
            return card;
        }
        card.add(new Paragraph(referent.name() + " · " + referent.jobTitle()));
        if (referent.service() != null) {
            card.add(new Paragraph(referent.service()));
        }
        if (referent.phone() != null) {
            card.add(new Anchor(
                    "tel:" + referent.phone().replace(" ", ""),
                    I18NProvider.translate("contact.call", referent.phone())));
        }
        return card;
    }
}
