package fr.reperes.dossier.reactions;

import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.shell.WaitingAction;
import fr.reperes.shell.WaitingActions;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** On the home page: the PPE and the meeting notes the reader can still say something about. */
@Component
class ReactionsWaiting implements WaitingActions {

    private final ReactionService reactions;
    private final YoungPersonService youngPeople;
    private final DateTexts dates;

    ReactionsWaiting(ReactionService reactions, YoungPersonService youngPeople, DateTexts dates) {
        this.reactions = reactions;
        this.youngPeople = youngPeople;
        this.dates = dates;
    }

    @Override
    public boolean concerns(Viewer viewer) {
        return youngPeople.anyFileOpen(viewer);
    }

    @Override
    public List<WaitingAction> waitingFor(Viewer viewer) {
        if (viewer.role() != Role.JEUNE && viewer.role() != Role.PARENT) {
            return List.of();
        }
        return reactions.pending(viewer).stream()
                .map(pending -> switch (pending.subject()) {
                    case CARE_PLAN_VERSION ->
                        new WaitingAction(
                                I18NProvider.translate(
                                        viewer.audience().key("home.waiting.react-ppe"),
                                        pending.versionNumber(),
                                        Objects.toString(pending.firstName(), "")),
                                "ppe?jeune=" + pending.youngPersonId() + "&version=" + pending.versionNumber());
                    case MEETING_NOTES ->
                        new WaitingAction(
                                I18NProvider.translate(
                                        viewer.audience().key("home.waiting.react-notes"),
                                        dates.day(Objects.requireNonNull(pending.meetingAt())
                                                .toLocalDate()),
                                        Objects.toString(pending.firstName(), "")),
                                "rendez-vous");
                })
                .toList();
    }

    @Override
    public int order() {
        return 10;
    }
}
