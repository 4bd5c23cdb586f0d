package fr.reperes.dossier.careplan;

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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.dossier.CarePlanAttachment;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.reactions.ReactionPanel;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.dossier.reactions.ReactionSubject;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.Audience;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.StaticHtml;
import fr.reperes.shell.PageSummary;
import fr.reperes.shell.PdfDownloads;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/** "Mon PPE": the latest published version (or an older one from the history), read by domain. */
@Route(CarePlanView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.ppe", order = 5, icon = "vaadin:clipboard-text")
class CarePlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "ppe";

    private final transient CurrentViewer currentViewer;
    private final transient CarePlanService carePlans;
    private final transient ReactionService reactions;
    private final transient ObjectProvider<CarePlanAttachment> attachments;
    private final transient DateTexts dates;
    private String title = "";

    CarePlanView(
            CurrentViewer currentViewer,
            CarePlanService carePlans,
            ReactionService reactions,
            ObjectProvider<CarePlanAttachment> attachments,
            DateTexts dates) {
        this.dates = dates;
        this.attachments = attachments;
        this.currentViewer = currentViewer;
        this.carePlans = carePlans;
        this.reactions = reactions;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Viewer viewer = currentViewer.require();
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        Integer version =
                query.containsKey("version") ? parse(query.get("version").getFirst()) : null;
        Long child = query.containsKey("jeune")
                ? Long.valueOf(parse(query.get("jeune").getFirst()))
                : null;
        Audience audience = viewer.audience();
        List<YoungPersonCarePlan> plans = carePlans.mine(viewer, child, version);
        List<String> names = plans.stream().map(YoungPersonCarePlan::firstName).toList();
        title = getTranslation(audience.key("ppe.title"), BundleTranslations.names(names, getLocale()), names.size());
        add(new H1(title));
        // What a PPE is, in the département's lexique (the content module's route, written out: no dependency).
        Anchor explained = new Anchor("lexique?mot=PPE", getTranslation(audience.key("ppe.explained")));
        explained.setId("ppe-explique");
        add(explained);
        if (plans.isEmpty()) {
            add(new Paragraph(getTranslation(audience.key("measures.none-open"))));
        }
        for (YoungPersonCarePlan plan : plans) {
            if (plans.size() > 1) {
                add(new H2(getTranslation("ppe.of", plan.firstName())));
            }
            if (plan.shown() == null) {
                add(new Paragraph(getTranslation(audience.key("ppe.none"))));
                continue;
            }
            add(CarePlanDisplay.of(
                    plan.shown(),
                    plan.showsLatest(),
                    String.valueOf(plan.youngPersonId()),
                    dates,
                    audience,
                    plan.firstName()));
            long versionId = plan.shown().id();
            attachments
                    .orderedStream()
                    .forEach(attachment -> attachment
                            .render(viewer, plan.youngPersonId(), versionId)
                            .ifPresent(this::add));
            int number = plan.shown().number();
            long youngPersonId = plan.youngPersonId();
            Locale locale = getLocale();
            Anchor pdfLink = new Anchor(
                    PdfDownloads.pdf(
                            "ppe-version-" + number + ".pdf",
                            () -> carePlans.pdf(viewer, youngPersonId, number, locale)),
                    getTranslation("ppe.download", number));
            pdfLink.setId("telecharger-ppe-" + youngPersonId);
            add(pdfLink);
            add(new ReactionPanel(
                    reactions,
                    viewer,
                    plan.youngPersonId(),
                    ReactionSubject.CARE_PLAN_VERSION,
                    plan.shown().id(),
                    dates));
            add(history(plan, number));
        }
        addComponentAtIndex(1, PageSummary.of(this, H2.class, H3.class));
        // Once the summary has given the domains' headings their ids: the domains are read, never clicked.
        StaticHtml.freezeMarked(this);
    }

    /** The versions, each a link that the router follows (a plain link, sent with the block as HTML). */
    private Div history(YoungPersonCarePlan plan, int shownNumber) {
        UnorderedList versions = new UnorderedList();
        for (CarePlanSummary summary : plan.history()) {
            String label = getTranslation("ppe.history.item", summary.number(), dates.day(summary.publishedAt()));
            if (summary.number() == shownNumber) {
                versions.add(new ListItem(label + " · " + getTranslation("ppe.history.shown")));
            } else {
                versions.add(new ListItem(
                        new Anchor(ROUTE + "?version=" + summary.number() + "&jeune=" + plan.youngPersonId(), label)));
            }
        }
        Div history = new Div(new H2(getTranslation("ppe.history")), versions);
        history.addClassName("reperes-ppe-history");
        return StaticHtml.mark(history);
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
