package fr.reperes.notification.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.NotificationLine;
import fr.reperes.notification.Notifications;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.HomePanel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "Ce qui a changé depuis ta dernière visite": what the young person or the parent was told since their previous
 * sign-in (a new PPE version, notes published, an answer to their reaction, a document shared, a meeting moved), each
 * linking to its page. The bell is the one record of what was told to whom, already limited to what the policy
 * allowed; it is asked again when read.
 */
@org.springframework.stereotype.Component
class ChangesHomePanel implements HomePanel {

    /** Under the next meeting, above what is waiting. */
    static final int ORDER = -20;

    static final int MAX_LINES = 10;

    /** The kinds written for each reader's voice on the home page; the others read as in the bell. */
    private static final Set<NotificationKind> VOICED = EnumSet.of(
            NotificationKind.CARE_PLAN_PUBLISHED,
            NotificationKind.MEETING_NOTES_PUBLISHED,
            NotificationKind.MEETING_SOON,
            NotificationKind.CARE_PLAN_REACTION_ANSWERED,
            NotificationKind.NOTES_REACTION_ANSWERED,
            NotificationKind.DOCUMENT_SHARED,
            NotificationKind.MEETING_MOVED);

    private final Notifications notifications;
    private final AccountDirectory accounts;
    private final YoungPersonService youngPeople;
    private final DateTexts dates;

    ChangesHomePanel(
            Notifications notifications, AccountDirectory accounts, YoungPersonService youngPeople, DateTexts dates) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.youngPeople = youngPeople;
        this.dates = dates;
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        // A parent every file is closed to has nothing that can change: their home is the page that explains why.
        return youngPeople.anyFileOpen(viewer);
    }

    @Override
    public Component create(Viewer viewer) {
        List<NotificationLine> lines =
                notifications.since(viewer, accounts.previousVisit(viewer).orElse(null), MAX_LINES);
        Div card = new Div(new H2(I18NProvider.translate(viewer.audience().key("home.changed.title"))));
        card.addClassName("reperes-card");
        card.setId("depuis-ta-derniere-visite");
        if (lines.isEmpty()) {
            card.add(new Paragraph(I18NProvider.translate(viewer.audience().key("home.changed.none"))));
            return StaticHtml.mark(card);
        }
        UnorderedList list = new UnorderedList();
        for (NotificationLine line : lines) {
            String text = VOICED.contains(line.kind())
                    ? I18NProvider.translate(
                            viewer.audience().key("home.changed." + line.kind().name()), line.firstName())
                    : I18NProvider.translate("bell.kind." + line.kind().name(), line.firstName());
            Span when = new Span(" · " + dates.day(line.createdAt()));
            when.addClassName("reperes-muted");
            list.add(new ListItem(new Anchor(line.link(), text), when));
        }
        card.add(list);
        return StaticHtml.mark(card);
    }

    @Override
    public int order() {
        return ORDER;
    }
}
