package fr.reperes.dossier.caseload;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.YoungPersonProfile;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.anonymity.WithheldTexts;
import fr.reperes.dossier.anonymity.WithheldTextsPanel;
import fr.reperes.dossier.careplan.CarePlanEditorView;
import fr.reperes.dossier.careplan.CarePlanVersion;
import fr.reperes.dossier.documents.DocumentsEditor;
import fr.reperes.dossier.measures.MeasureService;
import fr.reperes.dossier.measures.MeasureTimeline;
import fr.reperes.dossier.meetings.MeetingsEditor;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.IssuedInvitation;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.shell.PageSummary;
import fr.reperes.shell.YoungPersonSection;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** A young person's page for their référent: identity, parents, and invitations to the portal. */
@Route("jeune")
@RolesAllowed("REFERENT")
public class YoungPersonView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient YoungPersonService youngPeople;
    private final transient InvitationDesk invitations;
    private final transient CurrentViewer currentViewer;
    private final transient MeasureService measures;
    private final transient MeetingService meetingService;
    private final transient DocumentService documents;
    private final transient WithheldTexts withheld;
    private final transient DateTexts dates;
    private final transient CarePlanService carePlans;
    /** What other modules know of the young person (their seat on a council), each read through its own service. */
    private final transient List<YoungPersonSection> sections;

    private String title = "";

    YoungPersonView(
            YoungPersonService youngPeople,
            InvitationDesk invitations,
            CurrentViewer currentViewer,
            MeasureService measures,
            MeetingService meetingService,
            DocumentService documents,
            WithheldTexts withheld,
            DateTexts dates,
            CarePlanService carePlans,
            List<YoungPersonSection> sections) {
        this.sections = sections;
        this.dates = dates;
        this.carePlans = carePlans;
        this.withheld = withheld;
        this.documents = documents;
        this.measures = measures;
        this.meetingService = meetingService;
        this.youngPeople = youngPeople;
        this.invitations = invitations;
        this.currentViewer = currentViewer;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long youngPersonId) {
        removeAll();
        Viewer viewer = currentViewer.require();
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        show(viewer, youngPeople.file(viewer, youngPersonId));
    }

    private void show(Viewer viewer, YoungPersonFile file) {
        YoungPersonProfile profile = file.profile();
        title = profile.fullName();
        add(new H1(title));
        Div identity = new Div(
                new H2(getTranslation("file.identity")),
                new Paragraph(getTranslation("file.born", dates.day(profile.birthDate()), profile.age())),
                new Paragraph(getTranslation("file.territory", profile.territory())));
        if (file.anonymityOrdered()) {
            Paragraph warning = new Paragraph(getTranslation("file.anonymity-ordered"));
            warning.addClassName("reperes-warning");
            identity.add(warning);
        }
        identity.addClassName("reperes-card");
        identity.add(accountLine(
                file.account(),
                () -> invitations.inviteYoungPerson(viewer, profile.id()),
                () -> invitations.replaceYoungPersonAccess(viewer, profile.id()),
                profile.firstName()));

        UnorderedList parents = new UnorderedList();
        for (ParentLine parent : file.parents()) {
            ListItem item = new ListItem(new Paragraph(parent.fullName() + " · "
                    + getTranslation("kinship." + parent.kinship().name()) + " · "
                    + getTranslation("authority." + parent.authority().name())));
            item.add(accountLine(
                    parent.account(),
                    () -> invitations.inviteParent(viewer, profile.id(), parent.parentId()),
                    () -> invitations.replaceParentAccess(viewer, profile.id(), parent.parentId()),
                    parent.fullName()));
            parents.add(item);
        }
        Div family = new Div(
                new H2(getTranslation("file.parents")),
                file.parents().isEmpty() ? new Paragraph(getTranslation("file.no-parent")) : parents);
        family.addClassName("reperes-card");
        Div cards = new Div(identity, family);
        cards.addClassName("reperes-cards");
        add(cards, new WithheldTextsPanel(withheld, viewer, profile.id()));
        if (profile.age() >= 16 && profile.age() < 21) {
            // The pathway's page belongs to the autonomy module, which this module must not depend on.
            add(new Anchor("autonomie-jeune/" + profile.id(), getTranslation("file.autonomy")));
        }
        add(new H2(getTranslation("file.ppe")));
        LocalDate review = carePlans.nextReview(viewer, profile.id());
        if (review != null) {
            boolean late = CarePlanVersion.late(review, dates.today());
            Paragraph due =
                    new Paragraph(getTranslation(late ? "file.ppe.review.late" : "file.ppe.review", dates.day(review)));
            due.setId("revision-ppe");
            if (late) {
                due.addClassName("reperes-warning");
            }
            add(due);
        }
        add(
                CarePlanEditorView.linkFor(profile.id()),
                new H2(getTranslation("file.meetings")),
                new MeetingsEditor(meetingService, viewer, profile.id(), dates),
                new H2(getTranslation("file.documents")),
                new DocumentsEditor(documents, viewer, profile.id(), dates),
                new H2(getTranslation("file.measures")),
                MeasureTimeline.of(measures.measures(viewer, profile.id()).measures(), viewer.audience(), dates));
        sections.forEach(section -> section.section(viewer, profile.id()).ifPresent(this::add));
        addComponentAtIndex(1, PageSummary.of(this, H2.class));
    }

    /** The account's state and what the référent can do: invite (again), or replace the access of an active one. */
    private Div accountLine(
            AccountState state, Supplier<IssuedInvitation> invite, Supplier<IssuedInvitation> replace, String who) {
        Span status = new Span(getTranslation("account-state." + state.name()));
        status.addClassName("reperes-account-state");
        Div line = new Div(status);
        Button button;
        if (state == AccountState.ACTIVE) {
            button = new Button(getTranslation("file.replace-access"), click -> showCode(replace.get(), who, true));
            // The visible text starts the accessible name (WCAG 2.5.3).
            button.setAriaLabel(getTranslation("file.replace-access.for", who));
        } else {
            button = new Button(
                    getTranslation(state == AccountState.NONE ? "file.invite" : "file.reinvite"),
                    click -> showCode(invite.get(), who, false));
            button.setAriaLabel(
                    getTranslation(state == AccountState.NONE ? "file.invite.for" : "file.reinvite.for", who));
        }
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        line.add(button);
        return line;
    }

    private void showCode(IssuedInvitation invitation, String who, boolean replacement) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("file.code.title", who));
        Paragraph code = new Paragraph(invitation.code());
        code.addClassName("reperes-code");
        code.setId("code-emis");
        dialog.add(
                new Paragraph(getTranslation("file.code.text")),
                code,
                new Paragraph(getTranslation("file.code.expires", dates.day(invitation.expiresAt()))));
        if (replacement) {
            Paragraph warning = new Paragraph(getTranslation("file.code.replacement"));
            warning.addClassName("reperes-warning");
            dialog.add(warning);
        }
        dialog.getFooter().add(new Button(getTranslation("common.close"), click -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        }));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
