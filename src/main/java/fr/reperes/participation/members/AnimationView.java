package fr.reperes.participation.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilAttendee;
import fr.reperes.participation.CouncilCandidate;
import fr.reperes.participation.CouncilInvitation;
import fr.reperes.participation.CouncilKind;
import fr.reperes.participation.CouncilMember;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.participation.CouncilSession;
import fr.reperes.participation.CouncilSessions;
import fr.reperes.participation.CouncilSummary;
import fr.reperes.participation.NewCouncilSession;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The animateur runs the département's councils: creates one, and for the council chosen, its members and mandates
 * (renew once, end), invitations and requests to join, sessions and their minutes. Every change goes through the
 * services, which ask the policy.
 */
@Route(AnimationView.ROUTE)
@RolesAllowed("ANIMATEUR")
@Menu(title = "council.members.animation.nav", order = 21, icon = "vaadin:group")
public class AnimationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    public static final String ROUTE = "animation";

    private final transient CurrentViewer currentViewer;
    private final transient CouncilMembers members;
    private final transient CouncilSessions sessions;
    private final transient DateTexts dates;
    private Viewer viewer;
    private @Nullable Long councilId;

    AnimationView(CurrentViewer currentViewer, CouncilMembers members, CouncilSessions sessions, DateTexts dates) {
        this.currentViewer = currentViewer;
        this.members = members;
        this.sessions = sessions;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long councilId) {
        viewer = currentViewer.require();
        this.councilId = councilId;
        show();
    }

    private void show() {
        removeAll();
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        List<CouncilSummary> councils = members.councils(viewer);
        add(new H1(getTranslation("council.members.animation.title")));
        UnorderedList list = new UnorderedList();
        for (CouncilSummary council : councils) {
            Anchor link = new Anchor(ROUTE + "/" + council.id(), council.name());
            if (councilId != null && council.id() == councilId) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        }
        add(new H2(getTranslation("council.members.animation.councils")), list, createForm());
        if (councilId != null) {
            long id = councilId;
            CouncilSummary council = members.council(viewer, id);
            add(
                    new H2(council.name()),
                    new Anchor("conseil/" + id, getTranslation("council.members.animation.page")),
                    membersSection(id),
                    inviteSection(id, council.kind()),
                    invitationsSection(id),
                    sessionsSection(id));
            addComponentAtIndex(1, PageSummary.of(this, H2.class, H3.class));
        }
    }

    private Details createForm() {
        TextField name = new TextField(getTranslation("council.members.animation.name"));
        name.setMaxLength(CouncilMembers.MAX_NAME);
        name.setWidthFull();
        Select<CouncilKind> kind = new Select<>();
        kind.setLabel(getTranslation("council.members.animation.kind"));
        kind.setItems(CouncilKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("council.members.kind." + k.name()));
        kind.setValue(CouncilKind.YOUTH);
        Map<Long, String> territories = members.territories(viewer);
        Select<Long> territory = new Select<>();
        territory.setLabel(getTranslation("council.members.animation.territory"));
        territory.setEmptySelectionAllowed(true);
        territory.setEmptySelectionCaption(getTranslation("council.members.animation.whole-departement"));
        territory.setItems(territories.keySet());
        territory.setItemLabelGenerator(t -> t == null ? "" : territories.getOrDefault(t, ""));
        FieldErrors errors = new FieldErrors().field("name", name);
        Button create = new Button(getTranslation("council.members.animation.create"), click -> {
            try {
                long created = members.create(viewer, territory.getValue(), kind.getValue(), name.getValue());
                getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + created));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        create.setId("creer-conseil");
        Div form = new Div(name, kind, territory, new Div(create));
        form.addClassName("reperes-form");
        return new Details(getTranslation("council.members.animation.new"), form);
    }

    private Div membersSection(long id) {
        Div section = new Div(new H3(getTranslation("council.members.animation.members")));
        section.setId("membres-et-mandats");
        Paragraph error = warning();
        FieldErrors errors = new FieldErrors().elsewhere(error);
        section.add(error);
        List<CouncilMember> list = members.members(viewer, id);
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("council.members.animation.no-member")));
        }
        for (CouncilMember member : list) {
            Div card = new Div(
                    new Paragraph(member.name()),
                    new Paragraph(getTranslation(
                            member.renewal()
                                    ? "council.members.animation.mandate.renewal"
                                    : "council.members.animation.mandate",
                            dates.day(member.startsOn()),
                            dates.day(member.endsOn()))));
            card.addClassName("reperes-card");
            Div actions = new Div();
            if (member.renewable()) {
                Button renew = new Button(getTranslation("council.members.animation.renew"), click -> {
                    try {
                        members.renew(viewer, member.mandateId());
                        done("council.members.animation.renewed");
                    } catch (InvalidInputException invalid) {
                        errors.show(invalid);
                    }
                });
                renew.setAriaLabel(getTranslation("council.members.animation.renew.for", member.name()));
                renew.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(renew);
            }
            Button end = new Button(getTranslation("council.members.animation.end"), click -> confirmEnd(member));
            end.setAriaLabel(getTranslation("council.members.animation.end.for", member.name()));
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(end);
            card.add(actions);
            section.add(card);
        }
        return section;
    }

    private void confirmEnd(CouncilMember member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("council.members.animation.end.title", member.name()));
        dialog.add(new Paragraph(getTranslation("council.members.animation.end.text")));
        Paragraph error = warning();
        dialog.add(error);
        FieldErrors errors = new FieldErrors().elsewhere(error);
        Button confirm = new Button(getTranslation("council.members.animation.end"), click -> {
            try {
                members.endMandate(viewer, member.mandateId());
            } catch (InvalidInputException refused) {
                // A vote of the council is open: the mandate ends after its close.
                errors.show(refused);
                return;
            }
            dialog.close();
            done("council.members.animation.ended");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("common.close"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private Div inviteSection(long id, CouncilKind kind) {
        Div section = new Div(new H3(getTranslation("council.members.animation.invite." + kind.name())));
        TextField search = new TextField(getTranslation("council.members.animation.search"));
        search.setHelperText(getTranslation("council.members.animation.search.help"));
        search.setId("recherche-candidat");
        Div results = new Div();
        Paragraph error = warning();
        FieldErrors errors = new FieldErrors().elsewhere(error);
        Button find = new Button(getTranslation("council.members.animation.find"), click -> {
            results.removeAll();
            List<CouncilCandidate> found = members.candidates(viewer, id, search.getValue());
            if (found.isEmpty()) {
                results.add(new Paragraph(getTranslation("council.members.animation.nobody-found")));
            }
            UnorderedList lines = new UnorderedList();
            for (CouncilCandidate candidate : found) {
                Button invite = new Button(getTranslation("council.members.animation.invite"), invited -> {
                    try {
                        members.invite(viewer, id, candidate.id());
                        done("council.members.animation.invited");
                    } catch (InvalidInputException invalid) {
                        errors.show(invalid);
                    }
                });
                invite.setAriaLabel(getTranslation("council.members.animation.invite.for", candidate.fullName()));
                invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
                lines.add(new ListItem(new Paragraph(candidate.fullName()), invite));
            }
            results.add(lines);
        });
        find.setId("chercher-candidat");
        section.add(search, find, error, results);
        return section;
    }

    private Div invitationsSection(long id) {
        Div section = new Div(new H3(getTranslation("council.members.animation.waiting")));
        section.setId("invitations-et-demandes");
        List<CouncilInvitation> open = members.openInvitations(viewer, id);
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("council.members.animation.nothing-waiting")));
        }
        for (CouncilInvitation invitation : open) {
            Div card = new Div(new Paragraph(getTranslation(
                    invitation.request() ? "council.members.animation.request" : "council.members.animation.invitation",
                    invitation.candidate(),
                    dates.day(invitation.createdAt()))));
            card.addClassName("reperes-card");
            if (invitation.request()) {
                Button accept = new Button(getTranslation("council.members.animation.accept"), click -> {
                    members.answerRequest(viewer, invitation.id(), true);
                    done("council.members.animation.accepted");
                });
                accept.setAriaLabel(getTranslation("council.members.animation.accept.for", invitation.candidate()));
                Button decline = new Button(getTranslation("council.members.animation.decline"), click -> {
                    members.answerRequest(viewer, invitation.id(), false);
                    done("council.members.animation.declined");
                });
                decline.setAriaLabel(getTranslation("council.members.animation.decline.for", invitation.candidate()));
                card.add(new Div(accept, decline));
            } else {
                Button withdraw = new Button(getTranslation("council.members.animation.withdraw"), click -> {
                    members.withdraw(viewer, invitation.id());
                    done("council.members.animation.withdrawn");
                });
                withdraw.setAriaLabel(getTranslation("council.members.animation.withdraw.for", invitation.candidate()));
                card.add(withdraw);
            }
            section.add(card);
        }
        return section;
    }

    private Div sessionsSection(long id) {
        Div section = new Div(new H3(getTranslation("council.members.sessions.title")));
        section.setId("seances");
        section.add(planForm(id));
        LocalDateTime now = LocalDateTime.now(dates.zone());
        for (CouncilSession session : sessions.sessions(viewer, id)) {
            Div card = new Div(new Paragraph(dates.dayAndTime(session.startsAt())));
            card.addClassName("reperes-card");
            card.add(new Anchor(
                    "conseil/" + id + "/seances/" + session.id(), getTranslation("council.members.session.open")));
            if (!session.startsAt().isAfter(now)) {
                Button minutes = new Button(
                        getTranslation(
                                session.minutes() == null
                                        ? "council.members.animation.minutes.write"
                                        : "council.members.animation.minutes.edit"),
                        click -> minutesEditor(session));
                minutes.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(new Div(minutes));
            }
            section.add(card);
        }
        return section;
    }

    private Details planForm(long id) {
        DateTimePicker startsAt = ComponentTexts.dateTimePicker(getTranslation("council.members.animation.when"));
        TextField place = new TextField(getTranslation("council.members.animation.place"));
        place.setMaxLength(CouncilSessions.MAX_PLACE);
        place.setWidthFull();
        TextField link = new TextField(getTranslation("council.members.animation.link"));
        link.setMaxLength(CouncilSessions.MAX_LINK);
        link.setHelperText(getTranslation("council.members.animation.link.help"));
        link.setWidthFull();
        TextArea agenda = new TextArea(getTranslation("council.members.animation.agenda"));
        agenda.setMaxLength(CouncilSessions.MAX_TEXT);
        agenda.setWidthFull();
        FieldErrors errors = new FieldErrors()
                .field("startsAt", startsAt)
                .field("place", place)
                .field("onlineLink", link)
                .field("agenda", agenda);
        Button plan = new Button(getTranslation("council.members.animation.plan"), click -> {
            try {
                sessions.plan(
                        viewer,
                        id,
                        new NewCouncilSession(
                                startsAt.getValue(), place.getValue(), link.getValue(), agenda.getValue()));
                done("council.members.animation.planned");
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        plan.setId("planifier-seance");
        return new Details(
                getTranslation("council.members.animation.new-session"),
                new Div(startsAt, place, link, agenda, new Div(plan)));
    }

    private void minutesEditor(CouncilSession session) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("council.members.animation.minutes.title", dates.dayAndTime(session.startsAt())));
        List<CouncilAttendee> attendees = sessions.attendees(viewer, session.id());
        CheckboxGroup<CouncilAttendee> present =
                new CheckboxGroup<>(getTranslation("council.members.animation.present"));
        present.setItems(attendees);
        present.setItemLabelGenerator(CouncilAttendee::firstName);
        present.setValue(attendees.stream().filter(CouncilAttendee::attended).collect(Collectors.toSet()));
        TextArea minutes = new TextArea(getTranslation("council.members.animation.minutes"));
        minutes.setHelperText(getTranslation("council.members.animation.minutes.help"));
        minutes.setMaxLength(CouncilSessions.MAX_TEXT);
        minutes.setWidthFull();
        minutes.setValue(sessions.minutesDraft(viewer, session.id()));
        FieldErrors errors = new FieldErrors().field("minutes", minutes);
        Button publish = new Button(getTranslation("council.members.animation.minutes.publish"), click -> {
            try {
                Set<Long> ids = present.getValue().stream()
                        .map(CouncilAttendee::mandateId)
                        .collect(Collectors.toSet());
                sessions.publishMinutes(viewer, session.id(), minutes.getValue(), ids);
                dialog.close();
                done("council.members.animation.minutes.published");
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        publish.setId("publier-compte-rendu");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(present, minutes);
        dialog.getFooter().add(new Button(getTranslation("common.close"), click -> dialog.close()), publish);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }

    private void done(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    private static Paragraph warning() {
        Paragraph error = new Paragraph();
        error.addClassName("reperes-warning");
        error.setVisible(false);
        return error;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.members.animation.title");
    }
}
