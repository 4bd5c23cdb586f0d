package fr.reperes.participation.sessions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilSessions;
import fr.reperes.participation.home.CouncilHomeSection;
import fr.reperes.platform.DateTexts;
import java.util.Optional;

/** First on a member's council at home: the next session, or that none is planned yet. */
@org.springframework.stereotype.Component
class NextSessionSection implements CouncilHomeSection {

    private final CouncilSessions sessions;
    private final DateTexts dates;

    NextSessionSection(CouncilSessions sessions, DateTexts dates) {
        this.sessions = sessions;
        this.dates = dates;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> section(Viewer viewer, long councilId) {
        Div section = new Div(new H3(I18NProvider.translate("council.members.next.title")));
        section.setId("prochaine-seance");
        sessions.next(viewer, councilId)
                .ifPresentOrElse(
                        next -> section.add(SessionLines.of(viewer, next, dates, true)),
                        () -> section.add(new Paragraph(I18NProvider.translate("council.members.next.none"))));
        return Optional.of(section);
    }
}
