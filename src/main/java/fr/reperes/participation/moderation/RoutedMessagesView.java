package fr.reperes.participation.moderation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilModeration;
import fr.reperes.participation.RoutedMessage;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The référent reads what their young person wrote in the council and the animateur routed to them as revealing a
 * danger to a child: the bell only said that a message from the council needs their attention.
 */
@Route(RoutedMessagesView.ROUTE)
@RolesAllowed("REFERENT")
class RoutedMessagesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "signalement-conseil";

    private final transient CouncilModeration moderation;
    private final transient DateTexts dates;
    private final Viewer viewer;

    RoutedMessagesView(CurrentViewer currentViewer, CouncilModeration moderation, DateTexts dates) {
        this.moderation = moderation;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("48rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long youngPersonId) {
        removeAll();
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        List<RoutedMessage> messages = moderation.routedMessages(viewer, youngPersonId);
        add(new H1(getPageTitle()));
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("council.debate.routed-page.empty")));
        }
        for (RoutedMessage message : messages) {
            Div card = new Div(
                    new H2(getTranslation(
                            "council.debate.routed-page.from",
                            message.councilName(),
                            message.routedBy(),
                            dates.day(message.routedAt()))),
                    new Paragraph(getTranslation("council.debate.routed-page.intro", message.authorFirstName())));
            Div text = new Div();
            for (String paragraph : message.text().split("\\n\\s*\\n")) {
                text.add(new Paragraph(paragraph));
            }
            text.addClassName("reperes-words");
            card.add(text);
            card.addClassName("reperes-card");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.debate.routed-page.title");
    }
}
