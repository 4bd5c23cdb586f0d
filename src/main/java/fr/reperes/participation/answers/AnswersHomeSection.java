package fr.reperes.participation.answers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.answers.AnswerRecords.AnswerNews;
import fr.reperes.participation.home.CouncilHomeSection;
import fr.reperes.platform.DateTexts;
import java.util.List;
import java.util.Optional;

/**
 * "Answers received" on a member's home: the adopted proposals whose answer, or its news, came since the member's
 * previous visit (all of them on a first visit). Nothing new, no section.
 */
@org.springframework.stereotype.Component
class AnswersHomeSection implements CouncilHomeSection {

    static final int MAX_LINES = 5;

    private final CouncilAnswers answers;
    private final AccountDirectory accounts;
    private final DateTexts dates;

    AnswersHomeSection(CouncilAnswers answers, AccountDirectory accounts, DateTexts dates) {
        this.answers = answers;
        this.accounts = accounts;
        this.dates = dates;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> section(Viewer viewer, long councilId) {
        List<AnswerNews> news =
                answers.news(viewer, councilId, accounts.previousVisit(viewer).orElse(null), MAX_LINES);
        if (news.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div(new H3(I18NProvider.translate("council.answers.home.title")));
        section.setId("reponses-recues");
        UnorderedList list = new UnorderedList();
        for (AnswerNews line : news) {
            Span when = new Span(" · " + dates.day(line.at()));
            when.addClassName("reperes-muted");
            list.add(new ListItem(
                    new Anchor(CouncilAnswersView.link(councilId, line.proposalId()), line.title()), when));
        }
        section.add(
                list,
                new Anchor("conseil/" + councilId + "/reponses", I18NProvider.translate("council.answers.home.all")));
        return Optional.of(section);
    }
}
