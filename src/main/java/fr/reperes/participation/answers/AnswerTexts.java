package fr.reperes.participation.answers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.answers.AnswerRecords.AdoptedProposal;
import fr.reperes.participation.answers.AnswerRecords.AnswerEntry;
import fr.reperes.participation.answers.AnswerRecords.AnswerTimeline;
import fr.reperes.participation.answers.AnswerRecords.EntryKind;
import fr.reperes.platform.DateTexts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The words and cards the members' and the animateur's pages share: one answer reads the same on both. */
final class AnswerTexts {

    private AnswerTexts() {}

    static String status(@Nullable AnswerStatus status) {
        return I18NProvider.translate("council.answers.status." + (status == null ? "NONE" : status.name()));
    }

    /** One card per adopted proposal: title (a link), where its answer stands, its progress; fits 360 px. */
    static Component card(AdoptedProposal proposal, String link, DateTexts dates, boolean showCouncil) {
        Div card = new Div();
        card.addClassName("reperes-card");
        card.add(new H2(new Anchor(link, proposal.title())));
        if (showCouncil) {
            card.add(new Paragraph(proposal.councilName()));
        }
        Span status = new Span(status(proposal.status()));
        status.addClassName("reperes-status");
        card.add(new Paragraph(status));
        List<String> facts = new ArrayList<>();
        facts.add(I18NProvider.translate(
                "council.answers.theme-line", I18NProvider.translate("council.answers.theme." + proposal.theme())));
        facts.add(I18NProvider.translate("council.answers.adopted-on", dates.day(proposal.decidedAt())));
        if (proposal.responsibleService() != null) {
            facts.add(I18NProvider.translate("council.answers.service-line", proposal.responsibleService()));
        }
        if (proposal.expectedBy() != null) {
            facts.add(I18NProvider.translate("council.answers.expected-by-line", dates.day(proposal.expectedBy())));
        }
        if (proposal.percentDone() != null) {
            facts.add(I18NProvider.translate("council.answers.percent-line", proposal.percentDone()));
        }
        if (proposal.lastStep() != null) {
            facts.add(I18NProvider.translate("council.answers.step-line", proposal.lastStep()));
        }
        facts.add(I18NProvider.translate("council.answers.last-news", dates.day(proposal.lastNewsAt())));
        facts.forEach(fact -> card.add(new Paragraph(fact)));
        return card;
    }

    /** The answer in force, then every line of the history, newest first. */
    static List<Component> timeline(AnswerTimeline timeline, DateTexts dates) {
        List<Component> parts = new ArrayList<>();
        parts.add(new H2(I18NProvider.translate("council.answers.answer-title")));
        AnswerEntry answer = timeline.answer();
        if (answer == null) {
            parts.add(new Paragraph(I18NProvider.translate("council.answers.no-answer")));
        } else {
            Span status = new Span(status(answer.status()));
            status.addClassName("reperes-status");
            parts.add(new Paragraph(status));
            parts.addAll(answerFacts(answer, dates));
        }
        parts.add(new H2(I18NProvider.translate("council.answers.history-title")));
        if (timeline.entries().isEmpty()) {
            parts.add(new Paragraph(I18NProvider.translate("council.answers.history-empty")));
            return parts;
        }
        OrderedList list = new OrderedList();
        list.addClassName("reperes-timeline");
        list.setId("historique-reponse");
        for (AnswerEntry entry : timeline.entries().reversed()) {
            ListItem item = new ListItem();
            item.add(new H3(I18NProvider.translate(
                    entry.kind() == EntryKind.ANSWER
                            ? "council.answers.entry.answer"
                            : "council.answers.entry.progress",
                    dates.day(entry.writtenAt()),
                    status(entry.status()))));
            if (entry.kind() == EntryKind.ANSWER) {
                answerFacts(entry, dates).forEach(item::add);
            } else {
                item.add(new Paragraph(entry.text() == null ? "" : entry.text()));
                if (entry.percentDone() != null) {
                    item.add(
                            new Paragraph(I18NProvider.translate("council.answers.percent-line", entry.percentDone())));
                }
                if (entry.step() != null) {
                    item.add(new Paragraph(I18NProvider.translate("council.answers.step-line", entry.step())));
                }
            }
            list.add(item);
        }
        parts.add(list);
        return parts;
    }

    private static List<Component> answerFacts(AnswerEntry answer, DateTexts dates) {
        List<Component> facts = new ArrayList<>();
        if (answer.responsibleService() != null) {
            facts.add(
                    new Paragraph(I18NProvider.translate("council.answers.service-line", answer.responsibleService())));
        }
        if (answer.answeredOn() != null) {
            facts.add(new Paragraph(
                    I18NProvider.translate("council.answers.answered-on-line", dates.day(answer.answeredOn()))));
        }
        if (answer.expectedBy() != null) {
            facts.add(new Paragraph(
                    I18NProvider.translate("council.answers.expected-by-line", dates.day(answer.expectedBy()))));
        }
        if (answer.text() != null) {
            facts.add(new Paragraph(I18NProvider.translate(
                    answer.status() == AnswerStatus.REFUSED
                            ? "council.answers.reasons-line"
                            : "council.answers.text-line",
                    answer.text())));
        }
        return facts;
    }
}
