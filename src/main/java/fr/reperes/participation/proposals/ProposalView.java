package fr.reperes.participation.proposals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AttachmentLine;
import fr.reperes.participation.CommentLine;
import fr.reperes.participation.CouncilModeration;
import fr.reperes.participation.DangerRouting;
import fr.reperes.participation.ModerationTarget;
import fr.reperes.participation.ProposalPage;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.Proposals;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.ReadAloud;
import fr.reperes.shell.PdfDownloads;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One proposal: its text (read aloud on demand), its PDF attachments, its supports and its debate, comments with their
 * answers. A member supports, comments, answers and reports; the author of a draft edits and publishes it; the
 * animateur hides with a reason, routes a danger to a professional and redacts. The page asks the services for
 * everything, and they decide.
 */
@Route(ProposalView.ROUTE)
@PermitAll
class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "conseil/:councilId/propositions/:proposalId([0-9]+)";
    static final String TEXT_ID = "proposition-texte";

    private final transient Proposals proposals;
    private final transient CouncilModeration moderation;
    private final transient DateTexts dates;
    private final Viewer viewer;
    private long councilId;
    private long proposalId;
    private String title = "";

    ProposalView(CurrentViewer currentViewer, Proposals proposals, CouncilModeration moderation, DateTexts dates) {
        this.proposals = proposals;
        this.moderation = moderation;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("48rem");
    }

    static String route(long councilId, long proposalId) {
        return "conseil/" + councilId + "/propositions/" + proposalId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = event.getRouteParameters().getLong("councilId").orElse(-1L);
        proposalId = event.getRouteParameters().getLong("proposalId").orElse(-1L);
        show();
    }

    private String text(String key, Object... params) {
        return getTranslation(viewer.audience().key(key), params);
    }

    private void show() {
        removeAll();
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        ProposalPage page = proposals.proposal(viewer, councilId, proposalId);
        title = page.title() == null ? getTranslation("council.debate.hidden-title") : page.title();
        add(new Anchor(ProposalListView.route(councilId), getTranslation("council.debate.back")));
        // The title and the text are read aloud together: both are in the element the button reads.
        Div article = new Div(new H1(title));
        article.setId(TEXT_ID);
        Paragraph meta = new Paragraph(getTranslation(
                        "council.debate.theme." + page.theme().name()) + " · "
                + getTranslation("council.debate.status." + page.status().name())
                + (page.publishedAt() == null
                        ? ""
                        : " · "
                                + (page.authorFirstName().isEmpty()
                                        ? getTranslation("council.debate.by.unnamed", day(page.publishedAt()))
                                        : getTranslation(
                                                "council.debate.by",
                                                page.authorFirstName(),
                                                day(page.publishedAt())))));
        add(article);
        if (page.body() != null) {
            for (String paragraph : page.body().split("\\n\\s*\\n")) {
                article.add(new Paragraph(paragraph));
            }
            add(ReadAloud.button(TEXT_ID));
        }
        add(meta);
        if (page.status() == ProposalStatus.DRAFT) {
            add(draftActions());
        }
        if (page.hidden()) {
            add(hiddenNotice(page.mine(), page.moderator(), page.hiddenReason(), page.routed(), page.toldWho()));
        }
        if (!page.attachments().isEmpty()) {
            UnorderedList files = new UnorderedList();
            for (AttachmentLine file : page.attachments()) {
                files.add(new ListItem(new Anchor(
                        PdfDownloads.pdf(file.fileName(), () -> proposals.attachment(viewer, councilId, file.id())),
                        file.fileName())));
            }
            add(new H2(getTranslation("council.debate.attachments")), files);
        }
        if (page.status() == ProposalStatus.DRAFT) {
            return;
        }
        add(supports(page));
        if (page.moderator()) {
            add(moderationTools(ModerationTarget.PROPOSAL, page.id(), page.hidden(), page.routed()));
        }
        add(new H2(getTranslation("council.debate.comments")));
        if (page.comments().isEmpty()) {
            add(new Paragraph(getTranslation("council.debate.comments.empty")));
        } else {
            UnorderedList comments = new UnorderedList();
            comments.getStyle().set("padding-inline-start", "0").set("list-style", "none");
            for (CommentLine comment : page.comments()) {
                comments.add(new ListItem(comment(page, comment, true)));
            }
            add(comments);
        }
        if (page.canTakePart() && !page.hidden() && open(page.status())) {
            add(commentForm(null, text("council.debate.comment.label"), "council.debate.comment.send"));
        }
    }

    private static boolean open(ProposalStatus status) {
        return status == ProposalStatus.PUBLISHED || status == ProposalStatus.IN_VOTE;
    }

    private Component draftActions() {
        Paragraph notice = new Paragraph(text("council.debate.draft.notice"));
        Anchor edit =
                new Anchor(ProposalEditorView.route(councilId, proposalId), getTranslation("council.debate.edit"));
        Paragraph errors = new Paragraph();
        errors.addClassName("reperes-warning");
        errors.setVisible(false);
        FieldErrors fieldErrors =
                new FieldErrors().addressing(viewer.audience()).elsewhere(errors);
        Button publish = new Button(getTranslation("council.debate.publish"), click -> {
            try {
                proposals.publish(viewer, councilId, proposalId);
                Notification.show(getTranslation("council.debate.published"));
                show();
            } catch (InvalidInputException invalid) {
                fieldErrors.show(invalid);
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(notice, edit, new Div(publish), errors);
        actions.addClassName("reperes-card");
        return actions;
    }

    private Component hiddenNotice(
            boolean mine, boolean moderator, @Nullable String reason, boolean routed, @Nullable String toldWho) {
        Paragraph notice = new Paragraph();
        notice.addClassName("reperes-warning");
        if (routed && mine) {
            notice.setText(
                    toldWho == null
                            ? text("council.debate.routed.crip")
                            : text("council.debate.routed.referent", toldWho));
        } else if (routed) {
            notice.setText(getTranslation("council.debate.mod.routed"));
        } else if (mine && reason != null) {
            notice.setText(text("council.debate.hidden.mine", reason));
        } else if (moderator && reason != null) {
            notice.setText(getTranslation("council.debate.mod.hidden-reason", reason));
        } else {
            notice.setText(getTranslation("council.debate.hidden"));
        }
        return notice;
    }

    private Component supports(ProposalPage page) {
        Paragraph count = new Paragraph(getTranslation("council.debate.supports", page.supports()));
        Div supports = new Div(count);
        if (page.canTakePart() && !page.mine() && !page.hidden() && open(page.status())) {
            Button toggle = new Button(
                    getTranslation(page.supportedByMe() ? "council.debate.unsupport" : "council.debate.support"),
                    click -> {
                        proposals.support(viewer, councilId, proposalId, !page.supportedByMe());
                        show();
                    });
            toggle.setId("soutenir");
            if (!page.supportedByMe()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            supports.add(toggle);
        }
        return supports;
    }

    private Component comment(ProposalPage page, CommentLine comment, boolean root) {
        Div card = new Div();
        card.addClassName("reperes-card");
        card.add(new H3(
                comment.authorFirstName().isEmpty()
                        ? getTranslation("council.debate.comment.by.unnamed", day(comment.createdAt()))
                        : getTranslation(
                                "council.debate.comment.by", comment.authorFirstName(), day(comment.createdAt()))));
        if (comment.hidden()) {
            card.add(hiddenNotice(
                    comment.mine(), page.moderator(), comment.hiddenReason(), comment.routed(), comment.toldWho()));
        }
        if (comment.text() != null) {
            card.add(new Paragraph(comment.text()));
        }
        if (comment.redacted()) {
            card.add(new Paragraph(getTranslation("council.debate.redacted")));
        }
        boolean debating = page.canTakePart() && !page.hidden() && open(page.status());
        if (debating && !comment.hidden()) {
            Div actions = new Div();
            Div form = new Div();
            Button answer = new Button(getTranslation("council.debate.answer"), click -> {
                form.removeAll();
                form.add(commentForm(
                        comment.id(),
                        getTranslation("council.debate.answer.label", comment.authorFirstName()),
                        "council.debate.answer.send"));
            });
            answer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(answer);
            if (!comment.mine()) {
                Button report = new Button(getTranslation("council.debate.report"), click -> {
                    form.removeAll();
                    form.add(reportForm(comment.id()));
                });
                report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(report);
            }
            card.add(actions, form);
        }
        if (page.moderator()) {
            card.add(moderationTools(ModerationTarget.COMMENT, comment.id(), comment.hidden(), comment.routed()));
        }
        if (root && !comment.answers().isEmpty()) {
            UnorderedList answers = new UnorderedList();
            answers.getElement().setAttribute("aria-label", getTranslation("council.debate.answers"));
            answers.getStyle().set("list-style", "none").set("padding-inline-start", "1rem");
            for (CommentLine reply : comment.answers()) {
                answers.add(new ListItem(comment(page, reply, false)));
            }
            card.add(answers);
        }
        return card;
    }

    private Component commentForm(@Nullable Long replyTo, String label, String sendKey) {
        TextArea text = new TextArea(label);
        text.setMaxLength(Proposals.MAX_COMMENT);
        text.setWidthFull();
        FieldErrors errors = new FieldErrors().addressing(viewer.audience()).field("comment", text);
        Button send = new Button(getTranslation(sendKey), click -> {
            errors.clear();
            try {
                proposals.comment(viewer, councilId, proposalId, replyTo, text.getValue());
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (replyTo == null) {
            text.setId("nouveau-commentaire");
            send.setId("publier-commentaire");
        }
        Div form = new Div(text, send);
        form.addClassName("reperes-form");
        return form;
    }

    private Component reportForm(long commentId) {
        TextField reason = new TextField(getTranslation("council.debate.report.reason"));
        reason.setMaxLength(Proposals.MAX_REPORT_REASON);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors().addressing(viewer.audience()).field("reason", reason);
        Button send = new Button(getTranslation("council.debate.report.send"), click -> {
            try {
                proposals.report(viewer, councilId, commentId, reason.getValue());
                Notification.show(getTranslation("council.debate.report.done"));
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        return new Div(reason, send);
    }

    /** The animateur's tools on one text: hide with a reason or show again, route a danger, redact a passage. */
    private Component moderationTools(ModerationTarget target, long id, boolean hidden, boolean routed) {
        Div tools = new Div();
        tools.getElement().setAttribute("role", "group");
        tools.getElement().setAttribute("aria-label", getTranslation("council.debate.mod.title"));
        Div form = new Div();
        if (!hidden) {
            Button hide = new Button(getTranslation("council.debate.mod.hide"), click -> {
                form.removeAll();
                TextField reason = new TextField(getTranslation("council.debate.mod.reason"));
                reason.setMaxLength(CouncilModeration.MAX_REASON);
                reason.setWidthFull();
                FieldErrors errors = new FieldErrors().field("reason", reason);
                form.add(reason, new Button(getTranslation("council.debate.mod.hide"), confirm -> {
                    try {
                        moderation.hide(viewer, councilId, target, id, reason.getValue());
                        show();
                    } catch (InvalidInputException invalid) {
                        errors.show(invalid);
                    }
                }));
            });
            hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.add(hide);
        } else if (!routed) {
            Button unhide = new Button(getTranslation("council.debate.mod.unhide"), click -> {
                moderation.unhide(viewer, councilId, target, id);
                show();
            });
            unhide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.add(unhide);
        }
        if (!routed) {
            Button danger = new Button(getTranslation("council.debate.mod.danger"), click -> {
                form.removeAll();
                Paragraph confirm = new Paragraph(getTranslation("council.debate.mod.danger.confirm"));
                Button yes = new Button(getTranslation("council.debate.mod.danger.yes"), yesClick -> {
                    DangerRouting routing = moderation.routeDanger(viewer, councilId, target, id);
                    Notification.show(
                            routing.toReferent()
                                    ? getTranslation("council.debate.mod.danger.done.referent-told")
                                    : getTranslation("council.debate.mod.danger.done.crip"));
                    show();
                });
                yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
                Button cancel = new Button(getTranslation("council.debate.mod.cancel"), no -> form.removeAll());
                form.add(confirm, yes, cancel);
            });
            danger.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            tools.add(danger);
        }
        Button redact = new Button(getTranslation("council.debate.mod.redact"), click -> {
            form.removeAll();
            TextField passage = new TextField(getTranslation("council.debate.mod.passage"));
            passage.setWidthFull();
            FieldErrors errors = new FieldErrors().field("passage", passage);
            form.add(passage, new Button(getTranslation("council.debate.mod.redact.yes"), confirm -> {
                try {
                    moderation.redact(viewer, councilId, target, id, passage.getValue());
                    show();
                } catch (InvalidInputException invalid) {
                    errors.show(invalid);
                }
            }));
        });
        redact.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (!routed) {
            // A routed text stays as the professional reads it (the service refuses too).
            tools.add(redact);
        }
        tools.add(form);
        return tools;
    }

    private String day(@Nullable Instant instant) {
        return instant == null ? "" : dates.day(instant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
