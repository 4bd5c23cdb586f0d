package fr.reperes.dossier.reactions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Under a PPE version or meeting notes: "j'ai lu", "je ne suis pas d'accord", "je veux en parler", and the answers. */
public final class ReactionPanel extends Div {

    private final transient ReactionService reactions;
    private final Viewer viewer;
    private final long youngPersonId;
    private final ReactionSubject subject;
    private final long subjectId;
    private final transient DateTexts dates;
    private final UnorderedList previous = new UnorderedList();

    public ReactionPanel(
            ReactionService reactions,
            Viewer viewer,
            long youngPersonId,
            ReactionSubject subject,
            long subjectId,
            DateTexts dates) {
        this.reactions = reactions;
        this.dates = dates;
        this.viewer = viewer;
        this.youngPersonId = youngPersonId;
        this.subject = subject;
        this.subjectId = subjectId;
        addClassName("reperes-card");
        addClassName("reperes-reaction");
        RadioButtonGroup<ReactionKind> kind = new RadioButtonGroup<>(t("reaction.question"));
        kind.setItems(ReactionKind.values());
        kind.setItemLabelGenerator(k -> t("reaction.kind." + k.name()));
        TextArea comment = new TextArea(t("reaction.comment"));
        comment.setMaxLength(ReactionService.MAX_COMMENT);
        comment.setWidthFull();
        comment.setHelperText(t("reaction.comment.help"));
        FieldErrors errors = new FieldErrors()
                .addressing(viewer.audience())
                .field("kind", kind)
                .field("comment", comment);
        Button send = new Button(t("reaction.send"), click -> {
            errors.clear();
            try {
                reactions.react(viewer, youngPersonId, subject, subjectId, kind.getValue(), comment.getValue());
                Notification.show(t("reaction.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                kind.clear();
                comment.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(t("reaction.title")), kind, comment, send, previous);
        refresh();
    }

    private void refresh() {
        previous.removeAll();
        for (Reaction reaction : reactions.mine(viewer, subject, subjectId)) {
            ListItem item = new ListItem(new Paragraph(
                    t("reaction.mine", t("reaction.kind." + reaction.kind().name()), dates.day(reaction.createdAt()))));
            if (reaction.comment() != null) {
                item.add(new Paragraph(I18NProvider.translate("common.quoted", reaction.comment())));
            }
            item.add(new Paragraph(
                    reaction.answered()
                            ? t(
                                    "reaction.answered",
                                    reaction.answeredByName(),
                                    reaction.answer() == null ? "" : reaction.answer())
                            : t("reaction.waiting")));
            previous.add(item);
        }
    }

    /** The text of {@code key} as this reader reads it: "Qu'en penses-tu ?" to a young person. */
    private String t(String key, @Nullable Object... params) {
        return I18NProvider.translate(viewer.audience().key(key), params);
    }
}
