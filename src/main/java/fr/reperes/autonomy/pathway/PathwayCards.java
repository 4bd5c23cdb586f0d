package fr.reperes.autonomy.pathway;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.autonomy.Assessment;
import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.ProjectAction;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.grid.AutonomySpace;
import fr.reperes.autonomy.interview.Interview;
import fr.reperes.autonomy.project.AutonomyProject;
import fr.reperes.autonomy.request.Contract;
import fr.reperes.autonomy.request.RequestTransition;
import fr.reperes.autonomy.request.YoungAdultRequest;
import fr.reperes.platform.DateTexts;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Read-only cards of the pathway, the same for the young person, a parent and the référent. */
public final class PathwayCards {

    private PathwayCards() {}

    public static Div interview(@Nullable Interview interview, LocalDate birthDate, LocalDate today, DateTexts dates) {
        Div card = card(t("interview.title"));
        if (interview == null) {
            card.add(new Paragraph(
                    AutonomyAges.adult(birthDate, today)
                            ? t("interview.none-adult")
                            : t(
                                    "interview.not-scheduled",
                                    dates.day(birthDate.plusYears(17)),
                                    dates.day(birthDate.plusYears(18).minusDays(1)))));
            return card;
        }
        card.add(new Paragraph(t("interview.when", dates.dayAndTime(interview.startsAt()), interview.place())));
        LocalDate heldOn = interview.heldOn();
        if (heldOn != null) {
            card.add(status(t("interview.held", dates.day(heldOn)), "reperes-status-active"));
        }
        if (interview.wishes() != null) {
            card.add(new H4(t("interview.wishes")), paragraph(interview.wishes()));
        }
        if (interview.questions() != null) {
            card.add(new H4(t("interview.questions")), paragraph(interview.questions()));
        }
        return card;
    }

    public static Div project(AutonomyProject project, DateTexts dates) {
        Div card = card(t("project.title"));
        card.addClassName("reperes-ppe");
        card.add(new Paragraph(t("project.recorded", dates.day(project.recordedAt()), project.authorName())));
        for (AutonomyDomain domain : AutonomyDomain.values()) {
            String goals = project.goals().get(domain);
            var actions =
                    project.actions().stream().filter(a -> a.domain() == domain).toList();
            if (goals == null && actions.isEmpty()) {
                continue;
            }
            card.add(new H4(t("autonomy.domain." + domain.name())));
            if (goals != null) {
                card.add(paragraph(goals));
            }
            UnorderedList list = new UnorderedList();
            for (ProjectAction action : actions) {
                list.add(new ListItem(t("project.action", action.what(), action.who())
                        + (action.dueOn() == null ? "" : " · " + t("project.action.due", dates.day(action.dueOn())))));
            }
            if (!actions.isEmpty()) {
                card.add(list);
            }
        }
        return card;
    }

    public static Div request(YoungAdultRequest request, DateTexts dates) {
        Div card = card(t(request.renewalOfContractId() == null ? "request.title" : "request.title.renewal"));
        card.add(status(
                t("request.status." + request.status().name()),
                request.status() == RequestStatus.GRANTED ? "reperes-status-active" : "reperes-status-planned"));
        card.add(new Paragraph(t(
                "request.status." + request.status().name() + ".explained",
                request.commissionOn() == null ? "" : dates.day(request.commissionOn()))));
        if (request.status() == RequestStatus.REFUSED) {
            card.add(
                    new H4(t("request.refusal.reasons")),
                    paragraph(request.refusalReasons()),
                    new H4(t("request.refusal.contest")),
                    new Paragraph(t("request.refusal.contest.how")));
        }
        if (request.wordsWithheld()) {
            card.add(new H4(t("request.history")), history(request, dates));
            return card;
        }
        card.add(
                new H4(t("request.plans")),
                paragraph(
                        request.content().plans().isBlank()
                                ? "—"
                                : request.content().plans()));
        UnorderedList asks = new UnorderedList();
        if (request.content().housing()) {
            asks.add(new ListItem(t("request.support.housing")));
        }
        if (request.content().allowance()) {
            asks.add(new ListItem(t("request.support.allowance")));
        }
        if (request.content().educationalSupport()) {
            asks.add(new ListItem(t("request.support.education")));
        }
        if (!request.content().otherSupport().isBlank()) {
            asks.add(new ListItem(request.content().otherSupport()));
        }
        card.add(new H4(t("request.support")), asks);
        if (!request.documents().isEmpty()) {
            card.add(new H4(t("request.documents")));
            UnorderedList documents = new UnorderedList();
            request.documents().forEach(d -> documents.add(new ListItem(d.fileName())));
            card.add(documents);
        }
        card.add(new H4(t("request.history")), history(request, dates));
        return card;
    }

    static OrderedList history(YoungAdultRequest request, DateTexts dates) {
        OrderedList steps = new OrderedList();
        steps.addClassName("reperes-timeline");
        for (RequestTransition transition : request.history()) {
            steps.add(new ListItem(t(
                    "request.history.item",
                    dates.day(transition.effectiveOn()),
                    t("request.status." + transition.to().name()),
                    transition.actorName())));
        }
        return steps;
    }

    public static Div contract(Contract contract, LocalDate today, DateTexts dates) {
        Div card = card(t("contract.title"));
        Contract.State state = contract.stateOn(today);
        card.add(status(
                t(
                        switch (state) {
                            case IN_FORCE -> "contract.in-force";
                            case ENDED -> "contract.ended";
                            case COMING -> "contract.coming";
                        }),
                state == Contract.State.IN_FORCE ? "reperes-status-active" : "reperes-status-ended"));
        card.add(
                new Paragraph(t("contract.dates", dates.day(contract.startsOn()), dates.day(contract.endsOn()))),
                new Paragraph(t("contract.next-review", dates.day(contract.nextReviewOn()))),
                new H4(t("contract.objectives")),
                paragraph(contract.objectives()));
        return card;
    }

    /** The grid as the young person filled it, with their steps, read only. */
    public static Div grid(AutonomySpace space) {
        Div grid = new Div();
        grid.addClassName("reperes-cards");
        for (AutonomyDomain domain : AutonomyDomain.values()) {
            Div card = card(t("autonomy.domain." + domain.name()));
            if (space.withheld().contains(domain)) {
                card.add(new Paragraph(t("ppe.domain.withheld")));
                grid.add(card);
                continue;
            }
            Assessment assessment = space.grid().get(domain);
            card.add(new Paragraph(
                    assessment == null
                            ? t("child-autonomy.not-filled")
                            : t("autonomy.level." + assessment.level().name())));
            if (assessment != null && assessment.comment() != null) {
                card.add(paragraph(assessment.comment()));
            }
            space.steps().stream()
                    .filter(s -> s.domain() == domain)
                    .forEach(step -> card.add(new Paragraph(t(
                            "child-autonomy.step",
                            step.title(),
                            t("autonomy.status." + step.status().name())))));
            grid.add(card);
        }
        return grid;
    }

    public static Div card(String title) {
        Div card = new Div(new H3(title));
        card.addClassName("reperes-card");
        return card;
    }

    static Component status(String text, String variant) {
        Span status = new Span(text);
        status.addClassNames("reperes-status", variant);
        return status;
    }

    /** Free text keeps its line breaks. */
    static Paragraph paragraph(@Nullable String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }

    static String t(String key, @Nullable Object... params) {
        return I18NProvider.translate(key, params);
    }
}
