package fr.reperes.autonomy.grid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.autonomy.Assessment;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.AutonomyLevel;
import fr.reperes.autonomy.StepStatus;
import fr.reperes.autonomy.interview.Interview;
import fr.reperes.autonomy.pathway.Pathway;
import fr.reperes.autonomy.pathway.PathwayCards;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.YoungAdultRequestView;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** "Mon projet d'autonomie": the grid by domain, the steps, and the partners who can help. Opens at 16. */
@Route(AutonomyView.ROUTE)
@RolesAllowed("JEUNE")
@Menu(title = "nav.autonomy", order = 12, icon = "vaadin:road")
public class AutonomyView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "autonomie";

    private final transient AutonomyService autonomy;
    private final transient PathwayService pathways;
    private final transient DateTexts dates;
    private final Viewer viewer;
    private final long youngPersonId;

    AutonomyView(CurrentViewer currentViewer, AutonomyService autonomy, PathwayService pathways, DateTexts dates) {
        this.dates = dates;
        this.autonomy = autonomy;
        this.pathways = pathways;
        this.viewer = currentViewer.require();
        this.youngPersonId = Objects.requireNonNull(viewer.youngPersonId(), "only a young person opens this page");
        setMaxWidth("56rem");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("autonomy.title")));
        AutonomySpace space = autonomy.space(viewer, youngPersonId);
        if (!space.open() && !space.ended()) {
            add(new Paragraph(getTranslation("autonomy.closed", dates.day(space.opensOn()))));
            return;
        }
        Pathway pathway = pathways.pathway(viewer, youngPersonId);
        pathway.followUpOn().ifPresent(day -> add(followUp(day, pathway.today())));
        if (space.ended()) {
            add(new Paragraph(getTranslation("autonomy.ended")));
            pathway.currentContract().ifPresent(c -> add(PathwayCards.contract(c, pathway.today(), dates)));
            return;
        }
        add(new Paragraph(getTranslation("autonomy.intro")));
        if (pathway.interviewDue() && pathway.interview() == null) {
            Paragraph interview = new Paragraph(getTranslation("autonomy.interview-due"));
            interview.addClassName("reperes-changed");
            add(interview);
        }
        add(new H2(getTranslation("autonomy.milestones")), milestones(pathway));
        if (pathway.project() != null) {
            add(PathwayCards.project(pathway.project(), dates), new Anchor("ppe", getTranslation("project.in-ppe")));
        }
        add(new H2(getTranslation("autonomy.grid")));
        Div grid = new Div();
        grid.addClassName("reperes-cards");
        for (AutonomyDomain domain : AutonomyDomain.values()) {
            grid.add(gridCard(
                    domain,
                    space.grid().get(domain),
                    space.steps().stream()
                            .filter(step -> step.domain() == domain)
                            .toList()));
        }
        add(grid);
        List<Partner> partners = autonomy.partners(
                Objects.requireNonNull(viewer.departementId(), "a young person's account belongs to a département"));
        add(
                new H2(getTranslation("autonomy.new-step")),
                new StepForm(autonomy, viewer, youngPersonId, partners, this::show));
        add(new H2(getTranslation("autonomy.partners")), directory(partners));
        addComponentAtIndex(1, PageSummary.of(this, H2.class));
    }

    /** The entretien (with the preparation while it is ahead), the request and the contract, side by side. */
    private Div milestones(Pathway pathway) {
        Div cards = new Div();
        cards.addClassName("reperes-cards");
        Div interview = PathwayCards.interview(pathway.interview(), pathway.birthDate(), pathway.today(), dates);
        if (pathway.interview() != null && !pathway.interview().held()) {
            interview.add(preparation(pathway.interview()));
        }
        cards.add(interview);
        Div request = PathwayCards.card(getTranslation("request.short-title"));
        request.add(new Paragraph(pathway.latestRequest()
                .map(r -> getTranslation("request.status." + r.status().name()))
                .orElse(getTranslation(pathway.requestPossible() ? "request.none" : "request.closed"))));
        pathway.currentContract()
                .ifPresent(c -> request.add(new Paragraph(
                        switch (c.stateOn(pathway.today())) {
                            case IN_FORCE ->
                                getTranslation("contract.summary", dates.day(c.endsOn()), dates.day(c.nextReviewOn()));
                            case ENDED -> getTranslation("contract.summary.ended", dates.day(c.endsOn()));
                            case COMING -> getTranslation("contract.summary.coming", dates.day(c.startsOn()));
                        })));
        if (pathway.renewalPrompt()) {
            Paragraph renewal = new Paragraph(getTranslation("contract.renewal-prompt"));
            renewal.addClassName("reperes-changed");
            request.add(renewal);
        }
        request.add(new RouterLink(getTranslation("request.open"), YoungAdultRequestView.class));
        cards.add(request);
        return cards;
    }

    /** Six months after leaving care, the département offers a follow-up interview (loi du 7 février 2022). */
    private Div followUp(LocalDate day, LocalDate today) {
        Div card = PathwayCards.card(getTranslation("follow-up.title"));
        card.add(new Paragraph(
                getTranslation(today.isBefore(day) ? "follow-up.coming" : "follow-up.due", dates.day(day))));
        return card;
    }

    private Div preparation(Interview interview) {
        TextArea wishes = new TextArea(getTranslation("interview.wishes"));
        wishes.setHelperText(getTranslation("interview.wishes.help"));
        wishes.setMaxLength(PathwayService.MAX_TEXT);
        wishes.setWidthFull();
        wishes.setValue(interview.wishes() == null ? "" : interview.wishes());
        TextArea questions = new TextArea(getTranslation("interview.questions"));
        questions.setHelperText(getTranslation("interview.questions.help"));
        questions.setMaxLength(PathwayService.MAX_TEXT);
        questions.setWidthFull();
        questions.setValue(interview.questions() == null ? "" : interview.questions());
        Checkbox share = new Checkbox(getTranslation("interview.prepare.share"), interview.sharedWithParents());
        share.setHelperText(getTranslation("interview.prepare.share.help"));
        share.setId("partager-preparation");
        FieldErrors preparationErrors =
                new FieldErrors().field("wishes", wishes).field("questions", questions);
        Button save = new Button(getTranslation("interview.prepare.save"), click -> {
            preparationErrors.clear();
            try {
                pathways.prepareInterview(
                        viewer, youngPersonId, wishes.getValue(), questions.getValue(), share.getValue());
                Notification.show(getTranslation("autonomy.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                preparationErrors.show(invalid);
            }
        });
        save.setId("preparer-entretien");
        Div form = new Div(
                new H3(getTranslation("interview.prepare")),
                new Paragraph(getTranslation("interview.prepare.intro")),
                wishes,
                questions,
                share,
                save);
        form.addClassName("reperes-form");
        return form;
    }

    private Div gridCard(AutonomyDomain domain, @Nullable Assessment current, List<AutonomyStep> steps) {
        Div card = new Div(
                new H3(getTranslation("autonomy.domain." + domain.name())),
                new Paragraph(getTranslation("autonomy.domain." + domain.name() + ".help")));
        card.addClassName("reperes-card");
        RadioButtonGroup<AutonomyLevel> level = new RadioButtonGroup<>(getTranslation("autonomy.level.question"));
        level.setItems(AutonomyLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("autonomy.level." + l.name()));
        level.setId("niveau-" + domain.name());
        TextArea comment = new TextArea(getTranslation("autonomy.comment"));
        comment.setMaxLength(AutonomyService.MAX_COMMENT);
        comment.setWidthFull();
        comment.setId("commentaire-" + domain.name());
        Checkbox share = new Checkbox(getTranslation("autonomy.comment.share"));
        share.setHelperText(getTranslation("autonomy.comment.share.help"));
        share.setId("partager-" + domain.name());
        if (current != null) {
            level.setValue(current.level());
            comment.setValue(current.comment() == null ? "" : current.comment());
            share.setValue(current.sharedWithParents());
        }
        FieldErrors errors =
                new FieldErrors().field(domain.name() + ".level", level).field(domain.name() + ".comment", comment);
        Button save = new Button(getTranslation("autonomy.save"), click -> {
            errors.clear();
            try {
                autonomy.assess(viewer, youngPersonId, domain, level.getValue(), comment.getValue(), share.getValue());
                Notification.show(getTranslation("autonomy.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setAriaLabel(getTranslation("autonomy.save.for", getTranslation("autonomy.domain." + domain.name())));
        save.setId("enregistrer-" + domain.name());
        card.add(level, comment, share, save);
        for (AutonomyStep step : steps) {
            Div line = new Div(
                    new Paragraph(step.title() + (step.dueOn() == null ? "" : " · " + dates.day(step.dueOn()))));
            if (step.partner() != null) {
                line.add(new Paragraph(getTranslation(
                        "autonomy.step.partner",
                        step.partner().name(),
                        step.partner().phone() == null ? "" : step.partner().phone())));
            }
            Select<StepStatus> status = new Select<>();
            status.setLabel(getTranslation("autonomy.step.status"));
            status.setItems(StepStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("autonomy.status." + s.name()));
            status.setValue(step.status());
            status.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    autonomy.setStatus(viewer, step.id(), change.getValue());
                }
            });
            line.add(status);
            line.addClassName("reperes-step");
            card.add(line);
        }
        return card;
    }

    private Div directory(List<Partner> partners) {
        Div list = new Div();
        list.addClassName("reperes-cards");
        for (Partner partner : partners) {
            Div card = new Div(new H3(partner.name()), new Paragraph(partner.helpsWith()));
            card.addClassName("reperes-card");
            if (partner.address() != null) {
                card.add(new Paragraph(partner.address()));
            }
            if (partner.hours() != null) {
                card.add(new Paragraph(partner.hours()));
            }
            if (partner.phone() != null) {
                card.add(new Anchor(
                        "tel:" + partner.phone().replace(" ", ""), getTranslation("contact.call", partner.phone())));
            }
            list.add(card);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("autonomy.title");
    }
}
