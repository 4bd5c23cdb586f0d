package fr.reperes.dossier.reactions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;

/** The référent's inbox of the families' reactions, unanswered first, each answered in place. */
@Route(InboxView.ROUTE)
@RolesAllowed("REFERENT")
@Menu(title = "nav.inbox", order = 10, icon = "vaadin:inbox")
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "reactions";

    private final transient ReactionService reactions;
    private final transient DateTexts dates;
    private final Viewer viewer;
    private final Div list = new Div();

    InboxView(CurrentViewer currentViewer, ReactionService reactions, DateTexts dates) {
        this.reactions = reactions;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("56rem");
        Checkbox onlyOpen = new Checkbox(getTranslation("inbox.only-open"), true);
        onlyOpen.addValueChangeListener(change -> show(change.getValue()));
        list.addClassName("reperes-timeline");
        add(new H1(getTranslation("inbox.title")), onlyOpen, list);
        show(true);
    }

    private void show(boolean onlyOpen) {
        list.removeAll();
        var all = reactions.inbox(viewer, onlyOpen);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("inbox.empty")));
        }
        for (Reaction reaction : all) {
            Div card = new Div();
            card.addClassName("reperes-card");
            card.add(new H3(
                    getTranslation("reaction.kind." + reaction.kind().name()) + " · " + reaction.youngPersonName()));
            card.add(new Paragraph(getTranslation(
                    "inbox.from",
                    reaction.authorName(),
                    getTranslation("role." + reaction.authorRole().name()),
                    getTranslation("inbox.subject." + reaction.subject().name()),
                    dates.day(reaction.createdAt()))));
            if (reaction.comment() != null) {
                card.add(new Paragraph(I18NProvider.translate("common.quoted", reaction.comment())));
            }
            card.add(
                    new RouterLink(getTranslation("inbox.open-file"), YoungPersonView.class, reaction.youngPersonId()));
            if (reaction.answered()) {
                card.add(new Paragraph(getTranslation(
                        "reaction.answered",
                        reaction.answeredByName(),
                        reaction.answer() == null ? "" : reaction.answer())));
            } else {
                TextArea answer = new TextArea(getTranslation("inbox.answer"));
                answer.setMaxLength(ReactionService.MAX_COMMENT);
                answer.setWidthFull();
                FieldErrors errors = new FieldErrors().field("answer", answer);
                Button done = new Button(getTranslation("inbox.mark-answered"), click -> {
                    try {
                        reactions.answer(viewer, reaction.id(), answer.getValue());
                        show(onlyOpenValue());
                    } catch (InvalidInputException invalid) {
                        errors.show(invalid);
                    }
                });
                card.add(answer, done);
            }
            list.add(card);
        }
    }

    private boolean onlyOpenValue() {
        return getChildren()
                .filter(Checkbox.class::isInstance)
                .map(Checkbox.class::cast)
                .findFirst()
                .map(Checkbox::getValue)
                .orElse(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
