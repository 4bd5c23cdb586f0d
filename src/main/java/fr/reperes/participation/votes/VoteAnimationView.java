package fr.reperes.participation.votes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilVote;
import fr.reperes.participation.CouncilVote.VotedProposal;
import fr.reperes.participation.CouncilVotes;
import fr.reperes.participation.CouncilVotes.RunCouncil;
import fr.reperes.participation.MajorityRule;
import fr.reperes.participation.NewVote;
import fr.reperes.participation.VoteKind;
import fr.reperes.participation.VoteState;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The animateur's votes: open a vote on published proposals (kind, window, quorum, majority), and follow the council's
 * votes. While a vote is open the animateur sees how many members have cast (a count, never who, never what); no
 * vote can be closed before its time. Results come with the close, as for members.
 */
@Route("animation/votes")
@RolesAllowed("ANIMATEUR")
@Menu(title = "council.votes.nav", order = 40, icon = "vaadin:check-square-o")
class VoteAnimationView extends VerticalLayout implements HasDynamicTitle {

    private final transient CouncilVotes votes;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private final transient Clock clock;
    private final VerticalLayout content = new VerticalLayout();

    VoteAnimationView(CouncilVotes votes, CurrentViewer currentViewer, DateTexts dates, Clock clock) {
        this.votes = votes;
        this.currentViewer = currentViewer;
        this.dates = dates;
        this.clock = clock;
        setMaxWidth("48rem");
        add(new H1(getPageTitle()));
        List<RunCouncil> councils = votes.councilsToRun(currentViewer.require());
        if (councils.isEmpty()) {
            add(new Paragraph(getTranslation("council.votes.animation.none-to-run")));
            return;
        }
        content.setPadding(false);
        if (councils.size() > 1) {
            Select<RunCouncil> council = new Select<>();
            council.setLabel(getTranslation("council.votes.animation.council"));
            council.setItems(councils);
            council.setItemLabelGenerator(RunCouncil::name);
            council.setValue(councils.getFirst());
            council.addValueChangeListener(change -> show(change.getValue()));
            add(council);
        }
        add(content);
        show(councils.getFirst());
    }

    private void show(RunCouncil council) {
        Viewer viewer = currentViewer.require();
        content.removeAll();
        content.add(new H2(council.name()));
        content.add(form(viewer, council));
        content.add(new H2(getTranslation("council.votes.animation.list")));
        content.add(new Paragraph(getTranslation("council.votes.animation.no-early-close")));
        Instant now = clock.instant();
        Map<Long, Integer> soFar = votes.participationSoFar(viewer, council.id());
        for (CouncilVote vote : votes.votes(viewer, council.id())) {
            Div card = new Div(new H3(vote.title()));
            card.addClassName("reperes-card");
            card.add(new Paragraph(
                    getTranslation("council.votes.state." + vote.state().name())));
            if (vote.state() == VoteState.OPEN) {
                card.add(new Paragraph(TimeLeft.text(this, now, vote.closesAt())));
                card.add(new Paragraph(
                        getTranslation("council.votes.animation.so-far", soFar.getOrDefault(vote.id(), 0))));
            } else if (vote.state() == VoteState.UPCOMING) {
                card.add(new Paragraph(getTranslation("council.votes.opens", when(vote.opensAt()))));
            }
            card.add(new Anchor(
                    "conseil/" + council.id() + "/votes/" + vote.id(),
                    getTranslation(
                            vote.state() == VoteState.CLOSED ? "council.votes.see-results" : "council.votes.see",
                            vote.title())));
            content.add(card);
        }
    }

    private VerticalLayout form(Viewer viewer, RunCouncil council) {
        VerticalLayout form = new VerticalLayout();
        form.addClassName("reperes-form");
        form.setPadding(false);
        form.add(new H3(getTranslation("council.votes.animation.new")));
        List<VotedProposal> published = votes.proposalsToVote(viewer, council.id());
        if (published.isEmpty()) {
            form.add(new Paragraph(getTranslation("council.votes.animation.no-proposals")));
            return form;
        }
        TextField title = new TextField(getTranslation("council.votes.animation.vote-title"));
        title.setMaxLength(CouncilVotes.MAX_TITLE);
        title.setWidthFull();
        CheckboxGroup<VotedProposal> proposals =
                new CheckboxGroup<>(getTranslation("council.votes.animation.proposals"));
        proposals.setItems(published);
        proposals.setItemLabelGenerator(VotedProposal::title);
        proposals.addThemeName("vertical");
        RadioButtonGroup<VoteKind> kind = new RadioButtonGroup<>(getTranslation("council.votes.animation.kind"));
        kind.setItems(VoteKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("council.votes.kind." + k.name()));
        kind.setValue(VoteKind.FOR_AGAINST_ABSTAIN);
        IntegerField limit = new IntegerField(getTranslation("council.votes.animation.limit"));
        limit.setMin(1);
        limit.setStepButtonsVisible(true);
        limit.setVisible(false);
        kind.addValueChangeListener(change -> limit.setVisible(change.getValue() == VoteKind.APPROVAL));
        LocalDateTime now =
                LocalDateTime.ofInstant(clock.instant(), dates.zone()).truncatedTo(ChronoUnit.HOURS);
        DateTimePicker opens = ComponentTexts.dateTimePicker(getTranslation("council.votes.animation.opens"));
        opens.setValue(now.plusHours(1));
        DateTimePicker closes = ComponentTexts.dateTimePicker(getTranslation("council.votes.animation.closes"));
        closes.setValue(now.plusHours(1).plusDays(7));
        IntegerField quorum = new IntegerField(getTranslation("council.votes.animation.quorum"));
        quorum.setMin(0);
        quorum.setMax(100);
        quorum.setValue(50);
        Select<MajorityRule> majority = new Select<>();
        majority.setLabel(getTranslation("council.votes.animation.majority"));
        majority.setItems(MajorityRule.values());
        majority.setItemLabelGenerator(rule -> getTranslation("council.votes.majority." + rule.name()));
        majority.setValue(MajorityRule.SIMPLE);
        FieldErrors errors = new FieldErrors()
                .field("title", title)
                .field("proposals", proposals)
                .field("approvalLimit", limit)
                .field("opensAt", opens)
                .field("closesAt", closes)
                .field("quorum", quorum);
        Button open = new Button(getTranslation("council.votes.animation.submit"), click -> {
            errors.clear();
            try {
                votes.open(
                        viewer,
                        new NewVote(
                                council.id(),
                                title.getValue().trim(),
                                Objects.requireNonNullElse(kind.getValue(), VoteKind.FOR_AGAINST_ABSTAIN),
                                proposals.getValue().stream()
                                        .map(VotedProposal::proposalId)
                                        .toList(),
                                kind.getValue() == VoteKind.APPROVAL
                                        ? Objects.requireNonNullElse(limit.getValue(), 0)
                                        : null,
                                instant(opens),
                                instant(closes),
                                Objects.requireNonNullElse(quorum.getValue(), -1),
                                Objects.requireNonNullElse(majority.getValue(), MajorityRule.SIMPLE)));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
                return;
            }
            Notification.show(getTranslation("council.votes.animation.opened"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(council);
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(title, proposals, kind, limit, opens, closes, quorum, majority, open);
        return form;
    }

    private Instant instant(DateTimePicker picker) {
        LocalDateTime value = picker.getValue();
        return value == null ? Instant.EPOCH : value.atZone(dates.zone()).toInstant();
    }

    private String when(Instant instant) {
        return dates.dayAndTime(LocalDateTime.ofInstant(instant, dates.zone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.votes.animation.title");
    }
}
