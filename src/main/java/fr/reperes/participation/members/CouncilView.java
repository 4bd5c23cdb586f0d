package fr.reperes.participation.members;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.access.CouncilInformation;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilAccess;
import fr.reperes.participation.CouncilBalance;
import fr.reperes.participation.CouncilKind;
import fr.reperes.participation.CouncilMember;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.participation.CouncilSession;
import fr.reperes.participation.CouncilSessions;
import fr.reperes.participation.CouncilSummary;
import fr.reperes.participation.sessions.SessionLines;
import fr.reperes.platform.DateTexts;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * A council's page. Its members and the animateur read its balance (counts only), its members (first names; full
 * names for the animateur) and its sessions with their minutes. A young person (a parent, for a conseil des parents)
 * who does not sit on it reads only what it is and how to ask to join: nothing that names or counts anyone.
 */
@Route("conseil/:councilId")
@RolesAllowed({"JEUNE", "PARENT", "ANIMATEUR"})
public class CouncilView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentViewer currentViewer;
    private final transient CouncilAccess access;
    private final transient CouncilMembers members;
    private final transient CouncilSessions sessions;
    private final transient DateTexts dates;
    private String title = "";
    private Viewer viewer;

    CouncilView(
            CurrentViewer currentViewer,
            CouncilAccess access,
            CouncilMembers members,
            CouncilSessions sessions,
            DateTexts dates) {
        this.currentViewer = currentViewer;
        this.access = access;
        this.members = members;
        this.sessions = sessions;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        viewer = currentViewer.require();
        long councilId = event.getRouteParameters().getLong("councilId").orElseThrow(CouncilAccess::nothingThere);
        // A refusal (another département's council, a role it is not for) goes on to the refused page.
        CouncilSummary council = members.council(viewer, councilId);
        title = council.name();
        add(new H1(title));
        if (council.territory() != null) {
            add(new Paragraph(getTranslation("council.members.territory", council.territory())));
        }
        add(new Paragraph(t(
                council.kind() == CouncilKind.YOUTH
                        ? "council.members.about.YOUTH"
                        : "council.members.about.PARENTS")));
        if (!access.decide(viewer, councilId, CouncilInformation.COUNCIL).allowed()) {
            add(
                    new Paragraph(t("council.members.join.how")),
                    new Anchor(CouncilSpaceView.ROUTE, t("council.members.join.go")));
            return;
        }
        if (access.decide(viewer, councilId, CouncilInformation.MANAGEMENT).allowed()) {
            add(new Anchor(AnimationView.ROUTE + "/" + councilId, getTranslation("council.members.animation.manage")));
        }
        add(
                sessionsSection(councilId),
                balanceSection(members.balance(viewer, councilId)),
                membersSection(members.members(viewer, councilId)));
        addComponentAtIndex(1, PageSummary.of(this, H2.class));
    }

    private Component sessionsSection(long councilId) {
        Div section = new Div(new H2(getTranslation("council.members.sessions.title")));
        List<CouncilSession> all = sessions.sessions(viewer, councilId);
        if (all.isEmpty()) {
            section.add(new Paragraph(t("council.members.next.none")));
        }
        for (CouncilSession session : all) {
            Div card = new Div(new H3(dates.day(session.startsAt().toLocalDate())));
            card.addClassName("reperes-card");
            card.add(SessionLines.of(viewer, session, dates, true));
            if (session.minutes() != null) {
                card.add(new Paragraph(getTranslation("council.members.sessions.minutes-published")));
            }
            section.add(card);
        }
        return section;
    }

    private Component balanceSection(CouncilBalance balance) {
        Div section = new Div(new H2(getTranslation("council.members.balance.title")));
        section.setId("equilibre");
        section.add(
                new Paragraph(getTranslation("council.members.balance.count", balance.members(), balance.target())));
        section.add(counts("council.members.balance.sex", balance.bySex(), "council.members.sex."));
        if (!balance.byAge().isEmpty()) {
            section.add(counts("council.members.balance.age", balance.byAge(), "council.members.age."));
        }
        if (!balance.byMeasure().isEmpty()) {
            section.add(counts("council.members.balance.measure", balance.byMeasure(), "council.members.measure."));
        }
        if (!balance.byTerritory().isEmpty()) {
            section.add(counts("council.members.balance.territory", balance.byTerritory(), ""));
        }
        return section;
    }

    /** One line per value: "Filles : 5". Enum values are translated by their prefix, territories shown as named. */
    private <K> Component counts(String titleKey, Map<K, Integer> counts, String valuePrefix) {
        UnorderedList list = new UnorderedList();
        counts.forEach((value, count) -> {
            String label = value instanceof Enum<?> e ? getTranslation(valuePrefix + e.name()) : value.toString();
            list.add(new ListItem(getTranslation("council.members.balance.line", label, count)));
        });
        Div block = new Div(new H3(getTranslation(titleKey)), list);
        block.addClassName("reperes-card");
        return block;
    }

    private Component membersSection(List<CouncilMember> list) {
        Div section = new Div(new H2(getTranslation("council.members.members.title")));
        section.setId("membres");
        UnorderedList names = new UnorderedList();
        for (CouncilMember member : list) {
            names.add(new ListItem(
                    getTranslation("council.members.members.line", member.name(), dates.day(member.endsOn()))));
        }
        section.add(names);
        return section;
    }

    private String t(String key, Object... params) {
        return getTranslation(viewer.audience().key(key), params);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
