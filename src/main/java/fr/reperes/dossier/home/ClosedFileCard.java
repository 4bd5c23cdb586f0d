package fr.reperes.dossier.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.access.AccessReason;
import fr.reperes.dossier.ChildCard;
import java.util.Map;

/**
 * A child's file closed to a parent, in plain words: why, what it means, the rights the parent keeps and whom to call.
 * It names no child: the ASE service that follows the child says nothing of where the child lives.
 */
final class ClosedFileCard {

    /** How many rights each reason's card lists ({@code parent.closed.<REASON>.right.<n>}). */
    private static final Map<AccessReason, Integer> RIGHTS = Map.of(
            AccessReason.AUTHORITY_WITHDRAWN, 4,
            AccessReason.AUTHORITY_DELEGATED, 4,
            AccessReason.YOUNG_ADULT_HAS_NOT_GRANTED, 2);

    private ClosedFileCard() {}

    /**
     * @param asePhone the département's ASE phone: the team that follows the child is part of the file this parent
     *                 may not read
     */
    static Div of(ChildCard child, String asePhone) {
        Div card = new Div();
        card.addClassName("reperes-card");
        card.addClassName("reperes-card-closed");
        String reason = child.reason().name();
        card.add(new H2(t("parent.child.closed.title")), new Paragraph(t("access.reason." + reason)));
        Integer rights = RIGHTS.get(child.reason());
        if (rights == null) {
            card.add(new Paragraph(t("parent.child.closed.help")));
            return card;
        }
        card.add(new Paragraph(t("parent.closed." + reason + ".meaning")));
        UnorderedList list = new UnorderedList();
        for (int n = 1; n <= rights; n++) {
            list.add(new ListItem(t("parent.closed." + reason + ".right." + n)));
        }
        card.add(new H3(t("parent.closed.rights")), list);
        card.add(new H3(t("parent.closed.call")));
        card.add(
                new Paragraph(t("parent.closed.call.service")),
                new Anchor("tel:" + asePhone.replace(" ", ""), t("contact.call", asePhone)));
        card.add(
                new Paragraph(t("contacts.defender") + " · " + t("contacts.defender.text")),
                new Anchor("tel:0969390000", t("contact.call", "09 69 39 00 00")));
        return card;
    }

    private static String t(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }
}
