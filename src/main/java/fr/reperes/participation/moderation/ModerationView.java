package fr.reperes.participation.moderation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilModeration;
import fr.reperes.participation.DangerRouting;
import fr.reperes.participation.HiddenLine;
import fr.reperes.participation.ModeratedCouncil;
import fr.reperes.participation.ModerationTarget;
import fr.reperes.participation.ReportLine;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;

/**
 * The animateur's moderation page, per council: the reported comments (hide with a reason, route a danger, or leave
 * as it is) and what is hidden (show again). Redaction is on the proposal's page, where the whole text is read.
 */
@Route(ModerationView.ROUTE)
@RolesAllowed("ANIMATEUR")
@Menu(title = "nav.council-moderation", order = 20, icon = "vaadin:shield")
class ModerationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "animation/moderation";

    private final transient CouncilModeration moderation;
    private final transient DateTexts dates;
    private final Viewer viewer;

    ModerationView(CurrentViewer currentViewer, CouncilModeration moderation, DateTexts dates) {
        this.moderation = moderation;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getPageTitle()), new Paragraph(getTranslation("council.debate.moderation.intro")));
        for (ModeratedCouncil council : moderation.councils(viewer)) {
            add(new H2(council.name()));
            var unmailed = moderation.unmailed(viewer, council.id());
            if (!unmailed.isEmpty()) {
                Div warning = new Div(new H3(getTranslation("council.debate.moderation.unmailed")));
                for (var routing : unmailed) {
                    warning.add(
                            new Paragraph(getTranslation(
                                    "council.debate.moderation.unmailed.line",
                                    dates.stamp(routing.routedAt()),
                                    routing.firstName())),
                            new Paragraph(routing.text()));
                }
                warning.addClassName("reperes-card");
                warning.getElement().setAttribute("role", "alert");
                add(warning);
            }
            add(new H3(getTranslation("council.debate.moderation.reports")));
            var reports = moderation.reports(viewer, council.id());
            if (reports.isEmpty()) {
                add(new Paragraph(getTranslation("council.debate.moderation.reports.empty")));
            }
            for (ReportLine report : reports) {
                add(report(council.id(), report));
            }
            add(new H3(getTranslation("council.debate.moderation.hidden")));
            var hidden = moderation.hidden(viewer, council.id());
            if (hidden.isEmpty()) {
                add(new Paragraph(getTranslation("council.debate.moderation.hidden.empty")));
            }
            for (HiddenLine line : hidden) {
                add(hidden(council.id(), line));
            }
        }
    }

    private Component report(long councilId, ReportLine report) {
        Div card = new Div(
                new Paragraph(getTranslation(
                        "council.debate.moderation.report.count",
                        report.reports(),
                        report.authorFirstName(),
                        report.proposalTitle())),
                new Paragraph(report.text()));
        if (!report.reasons().isEmpty()) {
            card.add(new Paragraph(
                    getTranslation("council.debate.moderation.report.reasons", String.join(" ; ", report.reasons()))));
        }
        Div form = new Div();
        TextField reason = new TextField(getTranslation("council.debate.mod.reason"));
        reason.setMaxLength(CouncilModeration.MAX_REASON);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors().field("reason", reason);
        Button hide = new Button(getTranslation("council.debate.mod.hide"), click -> {
            try {
                moderation.hide(viewer, councilId, ModerationTarget.COMMENT, report.commentId(), reason.getValue());
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        Button danger = new Button(getTranslation("council.debate.mod.danger"), click -> {
            form.removeAll();
            Button yes = new Button(getTranslation("council.debate.mod.danger.yes"), yesClick -> {
                DangerRouting routing =
                        moderation.routeDanger(viewer, councilId, ModerationTarget.COMMENT, report.commentId());
                Notification.show(
                        routing.toReferent()
                                ? getTranslation("council.debate.mod.danger.done.referent-told")
                                : getTranslation("council.debate.mod.danger.done.crip"));
                show();
            });
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            form.add(
                    new Paragraph(getTranslation("council.debate.mod.danger.confirm")),
                    yes,
                    new Button(getTranslation("council.debate.mod.cancel"), no -> form.removeAll()));
        });
        danger.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button dismiss = new Button(getTranslation("council.debate.moderation.dismiss"), click -> {
            moderation.dismissReports(viewer, councilId, report.commentId());
            show();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(
                reason,
                new Div(hide, danger, dismiss),
                form,
                new Anchor(
                        "conseil/" + councilId + "/propositions/" + report.proposalId(),
                        getTranslation("council.debate.moderation.open")));
        card.addClassName("reperes-card");
        return card;
    }

    private Component hidden(long councilId, HiddenLine line) {
        Div card = new Div(new Paragraph(getTranslation("council.debate.moderation.hidden.by", line.authorFirstName())
                + " · " + dates.day(line.hiddenAt())));
        String text = line.text();
        if (text != null) {
            card.add(new Paragraph(text));
        }
        if (line.routed()) {
            card.add(new Paragraph(getTranslation("council.debate.mod.routed")));
        } else {
            if (line.reason() != null) {
                card.add(new Paragraph(getTranslation("council.debate.mod.hidden-reason", line.reason())));
            }
            Button unhide = new Button(getTranslation("council.debate.mod.unhide"), click -> {
                moderation.unhide(viewer, councilId, line.target(), line.id());
                show();
            });
            unhide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(unhide);
        }
        card.add(new Anchor(
                "conseil/" + councilId + "/propositions/" + line.proposalId(),
                getTranslation("council.debate.moderation.open")));
        card.addClassName("reperes-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.debate.moderation.title");
    }
}
