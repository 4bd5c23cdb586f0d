package fr.reperes.participation.sessions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilSession;
import fr.reperes.platform.DateTexts;

/** A session in a few lines, the same on the home, the member's space and the council's page. */
public final class SessionLines {

    private SessionLines() {}

    /** The address of a session's page. */
    public static String link(CouncilSession session) {
        return "conseil/" + session.councilId() + "/seances/" + session.id();
    }

    /** When, where (a place, an online link or both) and, unless on it, a link to its page. */
    public static Component of(Viewer viewer, CouncilSession session, DateTexts dates, boolean withLink) {
        Div lines = new Div(new Paragraph(
                I18NProvider.translate("council.members.session.when", dates.dayAndTime(session.startsAt()))));
        lines.addClassName("reperes-council-session");
        if (session.place() != null) {
            lines.add(new Paragraph(I18NProvider.translate("council.members.session.place", session.place())));
        }
        if (session.onlineLink() != null) {
            Anchor online = new Anchor(
                    session.onlineLink(),
                    I18NProvider.translate(viewer.audience().key("council.members.session.online")),
                    AnchorTarget.BLANK);
            online.getElement().setAttribute("rel", "noopener noreferrer");
            lines.add(new Paragraph(online));
        }
        if (withLink) {
            lines.add(new Anchor(link(session), I18NProvider.translate("council.members.session.open")));
        }
        return lines;
    }
}
