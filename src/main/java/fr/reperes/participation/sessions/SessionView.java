package fr.reperes.participation.sessions;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilAccess;
import fr.reperes.participation.CouncilSession;
import fr.reperes.participation.CouncilSessions;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;

/**
 * One session of a council, for its members and the animateur: when and where, its agenda, and once published its
 * minutes with the first names of those who attended.
 */
@Route("conseil/:councilId/seances/:sessionId")
@RolesAllowed({"JEUNE", "PARENT", "ANIMATEUR"})
public class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentViewer currentViewer;
    private final transient CouncilSessions sessions;
    private final transient DateTexts dates;
    private String title = "";

    SessionView(CurrentViewer currentViewer, CouncilSessions sessions, DateTexts dates) {
        this.currentViewer = currentViewer;
        this.sessions = sessions;
        this.dates = dates;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Viewer viewer = currentViewer.require();
        long sessionId = event.getRouteParameters().getLong("sessionId").orElseThrow(CouncilAccess::nothingThere);
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        CouncilSession session = sessions.session(viewer, sessionId);
        if (event.getRouteParameters().getLong("councilId").orElse(-1L) != session.councilId()) {
            // Another council's address for this session: the same refusal as an id that names nothing.
            throw CouncilAccess.nothingThere();
        }
        title = getTranslation(
                "council.members.session.title", dates.day(session.startsAt().toLocalDate()));
        Paragraph agenda = new Paragraph(session.agenda());
        agenda.addClassName("reperes-prewrap");
        agenda.getStyle().set("white-space", "pre-line");
        add(
                new H1(title),
                SessionLines.of(viewer, session, dates, false),
                new H2(getTranslation("council.members.session.agenda")),
                agenda,
                new H2(getTranslation("council.members.session.minutes")));
        if (session.minutes() == null) {
            add(new Paragraph(getTranslation("council.members.session.minutes-later")));
        } else {
            add(new Paragraph(
                    session.attendees().isEmpty()
                            ? getTranslation("council.members.session.nobody")
                            : getTranslation(
                                    "council.members.session.attendees", String.join(", ", session.attendees()))));
            Paragraph minutes = new Paragraph(session.minutes());
            minutes.getStyle().set("white-space", "pre-line");
            minutes.setId("compte-rendu");
            add(minutes);
        }
        add(new Anchor("conseil/" + session.councilId(), getTranslation("council.members.session.back")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
