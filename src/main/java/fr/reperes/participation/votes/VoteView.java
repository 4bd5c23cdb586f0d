package fr.reperes.participation.votes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.BallotChoice;
import fr.reperes.participation.CouncilVote;
import fr.reperes.participation.CouncilVote.VotedProposal;
import fr.reperes.participation.CouncilVotes;
import fr.reperes.participation.VoteKind;
import fr.reperes.participation.VoteResults;
import fr.reperes.participation.VoteResults.ProposalResult;
import fr.reperes.participation.VoteState;
import fr.reperes.platform.Audience;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One council vote: its proposals; while open, the ballot form for a member who has not voted (with a plain-words
 * confirmation, since a ballot cannot be changed) and, once cast, the receipt shown once; after the close, the results
 * with participation and the list of counted receipts, where members check theirs.
 */
@Route("conseil/:councilId/votes/:voteId")
@PermitAll
class VoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CouncilVotes votes;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private final transient Clock clock;
    private String title = "";
    private long councilId;
    private long voteId;

    VoteView(CouncilVotes votes, CurrentViewer currentViewer, DateTexts dates, Clock clock) {
        this.votes = votes;
        this.currentViewer = currentViewer;
        this.dates = dates;
        this.clock = clock;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = event.getRouteParameters().getLong("councilId").orElse(0L);
        voteId = event.getRouteParameters().getLong("voteId").orElse(0L);
        show(votes.vote(currentViewer.require(), councilId, voteId));
    }

    private void show(CouncilVote vote) {
        Viewer viewer = currentViewer.require();
        Audience audience = viewer.audience();
        removeAll();
        title = vote.title();
        add(new H1(title));
        add(new Anchor("conseil/" + councilId + "/votes", getTranslation("council.votes.back")));
        add(new Paragraph(getTranslation("council.votes.kind." + vote.kind().name())
                + " · "
                + getTranslation("council.votes.majority." + vote.majority().name())
                + " · " + getTranslation("council.votes.quorum", vote.quorumPercent())));
        if (vote.state() != VoteState.CLOSED) {
            add(new H2(getTranslation("council.votes.proposals")));
            for (VotedProposal proposal : vote.proposals()) {
                Div card = proposal.masked()
                        ? new Div(new H3(title(proposal)))
                        : new Div(new H3(proposal.title()), new Paragraph(proposal.body()));
                card.addClassName("reperes-card");
                add(card);
            }
        }
        switch (vote.state()) {
            case UPCOMING -> add(new Paragraph(getTranslation("council.votes.opens", when(vote.opensAt()))));
            case OPEN -> {
                add(new Paragraph(TimeLeft.text(this, clock.instant(), vote.closesAt()) + " · "
                        + getTranslation("council.votes.closes", when(vote.closesAt()))));
                if (vote.canCast()) {
                    add(ballot(vote, audience));
                } else if (vote.hasVoted()) {
                    add(new Paragraph(getTranslation(audience.key("council.votes.voted.wait"), when(vote.closesAt()))));
                } else {
                    add(new Paragraph(getTranslation("council.votes.results-later", when(vote.closesAt()))));
                }
            }
            case CLOSED -> add(results(vote, audience));
        }
    }

    private VerticalLayout ballot(CouncilVote vote, Audience audience) {
        VerticalLayout form = new VerticalLayout();
        form.addClassName("reperes-form");
        form.setPadding(false);
        form.add(new H2(getTranslation(audience.key("council.votes.ballot"))));
        Paragraph error = new Paragraph();
        error.addClassName("reperes-warning");
        error.setVisible(false);
        FieldErrors errors = new FieldErrors().addressing(audience).elsewhere(error);
        Map<Long, RadioButtonGroup<BallotChoice>> answers = new LinkedHashMap<>();
        CheckboxGroup<VotedProposal> approved = new CheckboxGroup<>();
        if (vote.kind() == VoteKind.APPROVAL) {
            approved.setLabel(getTranslation(audience.key("council.votes.approval.help"), vote.approvalLimit()));
            approved.setItems(vote.proposals());
            approved.setItemLabelGenerator(this::title);
            approved.addThemeName("vertical");
            form.add(approved);
        } else {
            for (VotedProposal proposal : vote.proposals()) {
                RadioButtonGroup<BallotChoice> choice = new RadioButtonGroup<>(title(proposal));
                choice.setItems(BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.ABSTAIN);
                choice.setItemLabelGenerator(c -> getTranslation("council.votes.choice." + c.name()));
                choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                choice.setRequiredIndicatorVisible(true);
                answers.put(proposal.proposalId(), choice);
                form.add(choice);
            }
        }
        form.add(error);
        Button send = new Button(getTranslation("council.votes.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            Map<Long, BallotChoice> ballot = new LinkedHashMap<>();
            answers.forEach((proposal, group) -> {
                if (group.getValue() != null) {
                    ballot.put(proposal, group.getValue());
                }
            });
            approved.getValue().forEach(p -> ballot.put(p.proposalId(), BallotChoice.APPROVED));
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation(audience.key("council.votes.confirm.title")),
                    getTranslation(audience.key("council.votes.confirm.text")),
                    getTranslation("council.votes.confirm.yes"),
                    yes -> cast(vote, ballot, errors, audience));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("council.votes.confirm.no"));
            confirm.open();
        });
        form.add(send);
        return form;
    }

    private void cast(CouncilVote vote, Map<Long, BallotChoice> ballot, FieldErrors errors, Audience audience) {
        String receipt;
        try {
            receipt = votes.cast(currentViewer.require(), councilId, voteId, ballot);
        } catch (InvalidInputException refused) {
            errors.show(refused);
            return;
        }
        show(votes.vote(currentViewer.require(), councilId, voteId));
        Div shown = new Div();
        shown.addClassName("reperes-card");
        shown.setId("recu");
        Span receiptCode = new Span(receipt);
        receiptCode
                .getStyle()
                .set("font-weight", "bold")
                .set("font-size", "1.25em")
                .set("letter-spacing", "0.08em")
                .set("white-space", "nowrap");
        Paragraph code =
                new Paragraph(new Span(getTranslation(audience.key("council.votes.receipt.label")) + " "), receiptCode);
        code.addClassName("reperes-receipt");
        shown.add(
                new H2(getTranslation(audience.key("council.votes.receipt.title"))),
                code,
                new Paragraph(getTranslation(audience.key("council.votes.receipt.keep"))),
                new Paragraph(getTranslation(audience.key("council.votes.receipt.how"), when(vote.closesAt()))));
        addComponentAtIndex(2, shown);
        shown.getElement().callJsFunction("scrollIntoView");
    }

    private VerticalLayout results(CouncilVote vote, Audience audience) {
        Viewer viewer = currentViewer.require();
        VoteResults results = votes.results(viewer, councilId, voteId);
        List<String> receipts = votes.countedReceipts(viewer, councilId, voteId);
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new H2(getTranslation("council.votes.results")));
        panel.add(new Paragraph(getTranslation("council.votes.closed-on", when(vote.closesAt()))));
        panel.add(new Paragraph(getTranslation(
                "council.votes.participation",
                results.ballots(),
                results.electorate(),
                results.participationPercent())));
        panel.add(new Paragraph(getTranslation(
                results.quorumReached() ? "council.votes.quorum.reached" : "council.votes.quorum.missed",
                vote.quorumPercent())));
        if (vote.hasVoted()) {
            panel.add(new Paragraph(getTranslation(audience.key("council.votes.voted"))));
        }
        for (ProposalResult proposal : results.proposals()) {
            Div card = new Div(
                    new H3(proposal.masked() ? getTranslation("council.debate.hidden-title") : proposal.title()));
            card.addClassName("reperes-card");
            card.add(new Paragraph(
                    results.kind() == VoteKind.APPROVAL
                            ? getTranslation("council.votes.counts.approval", proposal.forCount(), results.ballots())
                            : getTranslation(
                                    "council.votes.counts",
                                    proposal.forCount(),
                                    proposal.againstCount(),
                                    proposal.abstainCount())));
            Span decision =
                    new Span(getTranslation(proposal.adopted() ? "council.votes.adopted" : "council.votes.rejected"));
            decision.getElement().getThemeList().add(proposal.adopted() ? "badge success" : "badge contrast");
            card.add(decision);
            panel.add(card);
        }
        panel.add(new H2(getTranslation("council.votes.receipts.title")));
        panel.add(new Paragraph(getTranslation(audience.key("council.votes.receipts.explain"))));
        TextField check = new TextField(getTranslation(audience.key("council.votes.receipts.check")));
        check.setMaxLength(14);
        Paragraph answer = new Paragraph();
        answer.getElement().setAttribute("aria-live", "polite");
        Set<String> counted = new HashSet<>(receipts);
        Button verify = new Button(getTranslation("council.votes.receipts.verify"), click -> {
            String code = check.getValue().trim().toUpperCase(Locale.ROOT);
            answer.setText(getTranslation(
                    counted.contains(code)
                            ? "council.votes.receipts.found"
                            : audience.key("council.votes.receipts.missing")));
        });
        panel.add(check, verify, answer);
        if (receipts.isEmpty()) {
            panel.add(new Paragraph(getTranslation("council.votes.receipts.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("recus-comptes");
            list.addClassName("reperes-receipts");
            receipts.forEach(receipt -> list.add(new ListItem(receipt)));
            panel.add(list);
        }
        return panel;
    }

    private String when(Instant instant) {
        return dates.dayAndTime(LocalDateTime.ofInstant(instant, dates.zone()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** A proposal's title, or that the animateur hid it (its text is not given to this reader). */
    private String title(VotedProposal proposal) {
        return proposal.masked() ? getTranslation("council.debate.hidden-title") : proposal.title();
    }
}
