package fr.reperes.participation.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilInvitation;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.participation.CouncilSessions;
import fr.reperes.participation.CouncilSpace;
import fr.reperes.participation.CouncilSummary;
import fr.reperes.participation.MemberSex;
import fr.reperes.participation.sessions.SessionLines;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;

/**
 * A young person's (a parent's) own space of councils: the councils they sit on with the next session and the way to
 * leave, the invitations to answer, their requests waiting, and the councils they may ask to join. A non-member
 * learns here only what a council is and how to join it.
 */
@Route(CouncilSpaceView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "council.members.nav", order = 20, icon = "vaadin:group")
public class CouncilSpaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "conseil";

    private final transient CurrentViewer currentViewer;
    private final transient CouncilMembers members;
    private final transient CouncilSessions sessions;
    private final transient DateTexts dates;
    private Viewer viewer;

    CouncilSpaceView(CurrentViewer currentViewer, CouncilMembers members, CouncilSessions sessions, DateTexts dates) {
        this.currentViewer = currentViewer;
        this.members = members;
        this.sessions = sessions;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = currentViewer.require();
        show();
    }

    private void show() {
        removeAll();
        CouncilSpace space = members.space(viewer);
        add(new H1(t("council.members.space.title")), new Paragraph(t("council.members.space.intro")));
        if (space.empty()) {
            add(new Paragraph(t("council.members.space.none")));
            return;
        }
        for (CouncilSpace.Seat seat : space.seats()) {
            add(seatCard(seat));
        }
        for (CouncilInvitation invitation : space.invitations()) {
            add(invitationCard(invitation));
        }
        for (CouncilInvitation request : space.requests()) {
            Div card = card(request.council());
            card.add(new Paragraph(t("council.members.space.request-waiting")));
            Button withdraw = new Button(t("council.members.space.withdraw-request"), click -> {
                members.withdrawRequest(viewer, request.id());
                show();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(withdraw);
            add(card);
        }
        for (CouncilSummary council : space.joinable()) {
            add(joinCard(council));
        }
    }

    private Div seatCard(CouncilSpace.Seat seat) {
        Div card = card(seat.council());
        card.add(new Paragraph(
                t("council.members.space.mandate", dates.day(seat.startsOn()), dates.day(seat.endsOn()))));
        sessions.next(viewer, seat.council().id())
                .ifPresentOrElse(
                        next -> card.add(
                                new Paragraph(t("council.members.next.title")),
                                SessionLines.of(viewer, next, dates, true)),
                        () -> card.add(new Paragraph(t("council.members.next.none"))));
        Anchor open = new Anchor("conseil/" + seat.council().id(), t("council.members.home.open"));
        Button leave = new Button(t("council.members.space.leave"), click -> confirmLeave(seat));
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        leave.setAriaLabel(t("council.members.space.leave.for", seat.council().name()));
        card.add(new Div(open), leave);
        return card;
    }

    /** Leaving is said in plain words, and done only once confirmed. */
    private void confirmLeave(CouncilSpace.Seat seat) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("council.members.leave.title", seat.council().name()));
        dialog.add(new Paragraph(t("council.members.leave.text")));
        Button confirm = new Button(t("council.members.leave.confirm"), click -> {
            members.resign(viewer, seat.council().id());
            dialog.close();
            Notification.show(t("council.members.leave.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        });
        confirm.setId("confirmer-quitter");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button stay = new Button(t("council.members.leave.stay"), click -> dialog.close());
        dialog.getFooter().add(stay, confirm);
        dialog.open();
    }

    private Div invitationCard(CouncilInvitation invitation) {
        Div card = card(invitation.council());
        card.add(new Paragraph(t("council.members.space.invited")));
        RadioButtonGroup<MemberSex> sex = sexChoice();
        Paragraph error = errorPlace();
        FieldErrors errors = new FieldErrors().addressing(viewer.audience()).elsewhere(error);
        Button accept = new Button(t("council.members.space.accept"), click -> {
            try {
                members.answerInvitation(viewer, invitation.id(), true, sex.getValue());
                Notification.show(t("council.members.space.welcome"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accepter-invitation");
        Button decline = new Button(t("council.members.space.decline"), click -> {
            members.answerInvitation(viewer, invitation.id(), false, MemberSex.UNSAID);
            show();
        });
        card.add(new Paragraph(t("council.members.sex.intro")), sex, error, new Div(accept, decline));
        return card;
    }

    private Div joinCard(CouncilSummary council) {
        Div card = card(council);
        card.add(new Paragraph(t("council.members.space.join-intro")));
        RadioButtonGroup<MemberSex> sex = sexChoice();
        Paragraph error = errorPlace();
        FieldErrors errors = new FieldErrors().addressing(viewer.audience()).elsewhere(error);
        Button ask = new Button(t("council.members.space.ask"), click -> {
            try {
                members.askToJoin(viewer, council.id(), sex.getValue());
                Notification.show(t("council.members.space.asked")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setId("demander-a-rejoindre");
        card.add(new Paragraph(t("council.members.sex.intro")), sex, error, ask);
        return card;
    }

    private RadioButtonGroup<MemberSex> sexChoice() {
        RadioButtonGroup<MemberSex> sex = new RadioButtonGroup<>(t("council.members.sex.question"));
        sex.setItems(MemberSex.values());
        sex.setItemLabelGenerator(value -> t("council.members.sex." + value.name()));
        sex.setValue(MemberSex.UNSAID);
        sex.setHelperText(t("council.members.sex.why"));
        // One answer per line: four answers side by side do not fit a phone.
        sex.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        sex.setWidthFull();
        return sex;
    }

    private static Paragraph errorPlace() {
        Paragraph error = new Paragraph();
        error.addClassName("reperes-warning");
        error.setVisible(false);
        return error;
    }

    private Div card(CouncilSummary council) {
        Div card = new Div(new H2(council.name()));
        if (council.territory() != null) {
            card.add(new Paragraph(getTranslation("council.members.territory", council.territory())));
        }
        card.addClassName("reperes-card");
        return card;
    }

    private String t(String key, Object... params) {
        return getTranslation(viewer.audience().key(key), params);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(viewer.audience().key("council.members.space.title"));
    }
}
