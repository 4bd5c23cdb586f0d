package fr.reperes.shell.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.HomePanel;
import fr.reperes.shell.WaitingAction;
import fr.reperes.shell.WaitingActions;
import java.util.Comparator;
import java.util.List;

/** "Ce que tu peux faire maintenant": the actions every module has waiting for a young person or a parent. */
@org.springframework.stereotype.Component
class WaitingActionsPanel implements HomePanel {

    /** Under the next meeting and what changed since the last visit, above the rest of the home. */
    static final int ORDER = -10;

    private final List<WaitingActions> providers;

    WaitingActionsPanel(List<WaitingActions> providers) {
        this.providers = providers;
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        // The animateur too: adopted proposals of the councils wait for the département's answer.
        return (viewer.role() == Role.JEUNE || viewer.role() == Role.PARENT || viewer.role() == Role.ANIMATEUR)
                && providers.stream().anyMatch(provider -> provider.concerns(viewer));
    }

    @Override
    public Component create(Viewer viewer) {
        List<WaitingAction> actions = providers.stream()
                .filter(provider -> provider.concerns(viewer))
                .sorted(Comparator.comparingInt(WaitingActions::order))
                .flatMap(provider -> provider.waitingFor(viewer).stream())
                .toList();
        Div card = new Div(new H2(I18NProvider.translate(viewer.audience().key("home.waiting.title"))));
        card.addClassName("reperes-card");
        card.setId("a-faire");
        if (actions.isEmpty()) {
            card.add(new Paragraph(I18NProvider.translate(viewer.audience().key("home.waiting.none"))));
        } else {
            UnorderedList list = new UnorderedList();
            for (WaitingAction action : actions) {
                list.add(new ListItem(new Anchor(action.link(), action.text())));
            }
            card.add(list);
        }
        return StaticHtml.mark(card);
    }

    @Override
    public int order() {
        return ORDER;
    }
}
