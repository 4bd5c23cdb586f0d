package fr.reperes.dossier.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.meetings.Meeting;
import fr.reperes.dossier.meetings.YoungPersonMeetings;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.HomePanel;
import java.util.List;

/**
 * At the top of the home page: the next meeting or hearing of the young person, or of each child of a parent, with
 * its kind, date, time, place and a countdown. Read through {@link MeetingService#mine}, as "Mes rendez-vous" reads
 * it: the policy decides which files, and a place withheld from a parent under an anonymity order stays withheld.
 */
@org.springframework.stereotype.Component
class NextMeetingPanel implements HomePanel {

    /** First on the home page. */
    static final int ORDER = -30;

    private final MeetingService meetings;
    private final DateTexts dates;

    NextMeetingPanel(MeetingService meetings, DateTexts dates) {
        this.meetings = meetings;
        this.dates = dates;
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        return (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) || viewer.role() == Role.PARENT;
    }

    @Override
    public Component create(Viewer viewer) {
        List<YoungPersonMeetings> files = meetings.mine(viewer);
        Div panel = new Div();
        panel.addClassName("reperes-cards");
        panel.setId("prochain-rendez-vous");
        for (YoungPersonMeetings file : files) {
            Div card =
                    new Div(new H2(I18NProvider.translate(viewer.audience().key("home.next.title"), file.firstName())));
            card.addClassName("reperes-card");
            if (file.upcoming().isEmpty()) {
                card.add(new Paragraph(
                        I18NProvider.translate(viewer.audience().key("home.next.none"), file.firstName())));
            } else {
                Meeting next = file.upcoming().getFirst();
                card.add(
                        new Paragraph(I18NProvider.translate(
                                "home.next.when",
                                I18NProvider.translate(
                                        "meeting.kind." + next.kind().name()),
                                dates.dayAndTime(next.startsAt()))),
                        countdown(next),
                        new Paragraph(
                                next.place() == null
                                        ? I18NProvider.translate(
                                                viewer.audience().key("home.next.place-withheld"))
                                        : I18NProvider.translate("home.next.place", next.place())));
            }
            card.add(new Anchor(
                    "rendez-vous", I18NProvider.translate(viewer.audience().key("home.next.link"), file.firstName())));
            panel.add(card);
        }
        return StaticHtml.mark(panel);
    }

    private Paragraph countdown(Meeting next) {
        Paragraph countdown = new Paragraph(dates.until(next.startsAt().toLocalDate()));
        countdown.addClassName("reperes-countdown");
        return countdown;
    }

    @Override
    public int order() {
        return ORDER;
    }
}
