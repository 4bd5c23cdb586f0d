package fr.reperes.observatory.screens;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.Granularity;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.KeptReport;
import fr.reperes.observatory.ObservatoryReports;
import fr.reperes.observatory.ReportRequest;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.shell.PdfDownloads;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Year;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The observatory's yearly report: the year, granularity, breakdowns and indicators chosen, the département's
 * introduction and comments, then the report written in the background, its progress shown (the page asks again every
 * second while a report is being written), and the reports kept with their date, each as a PDF and an accessible HTML
 * page. Every decision is {@link ObservatoryReports}'.
 */
@Route(ReportView.ROUTE)
@RolesAllowed({"OBSERVATOIRE", "ADMIN"})
class ReportView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = ObservatoryView.ROUTE + "/rapport";
    static final int POLL_MILLIS = 1000;

    private final transient ObservatoryReports reports;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private final Select<Year> year = new Select<>();
    private final Select<Granularity> granularity = new Select<>();
    private final CheckboxGroup<Dimension> breakdowns = new CheckboxGroup<>();
    private final Map<Indicator.Source, CheckboxGroup<Indicator>> indicators = new EnumMap<>(Indicator.Source.class);
    private final TextArea introduction = new TextArea();
    private final Map<Indicator, TextArea> comments = new EnumMap<>(Indicator.class);
    private final FieldErrors errors = new FieldErrors();
    private final Paragraph progressText = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Div progressBox = new Div();
    private final Div kept = new Div();
    private @Nullable Registration polling;
    private @Nullable List<String> shownStates;

    ReportView(ObservatoryReports reports, CurrentViewer currentViewer, DateTexts dates) {
        this.reports = reports;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setMaxWidth("80rem");
        Viewer viewer = currentViewer.require();
        add(new RouterLink(getTranslation("observatory.back"), ObservatoryView.class));
        add(new H1(getTranslation("observatory.report.page.title")));
        add(new Paragraph(getTranslation("observatory.report.page.intro")));
        add(new H2(getTranslation("observatory.report.form.heading")));
        add(form(reports.years(viewer)));
        progressBox.setId("report-progress");
        progressText.setId("report-progress-text");
        // Said when it changes, without moving the focus.
        progressText.getElement().setAttribute("aria-live", "polite");
        progress.setId("report-progress-bar");
        progress.setWidthFull();
        progressBox.add(progressText, progress);
        progressBox.setWidthFull();
        add(progressBox);
        add(new H2(getTranslation("observatory.report.kept.heading")));
        kept.setId("report-list");
        kept.setWidthFull();
        add(kept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observatory.report.page.title");
    }

    private Component form(List<Year> years) {
        year.setLabel(getTranslation("observatory.report.form.year"));
        year.setItems(years);
        year.setItemLabelGenerator(Year::toString);
        // The latest complete year when there is one: a yearly report is about a year that is over.
        year.setValue(
                years.size() > 1 && years.getFirst().getValue() == dates.today().getYear()
                        ? years.get(1)
                        : years.getFirst());
        year.setId("report-year");
        granularity.setLabel(getTranslation("observatory.report.form.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation(g.key()));
        granularity.setValue(Granularity.QUARTER);
        granularity.setId("report-granularity");
        FlexLayout choices = new FlexLayout(year, granularity);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-m)");

        breakdowns.setLabel(getTranslation("observatory.report.form.breakdowns"));
        breakdowns.setHelperText(getTranslation("observatory.report.form.breakdowns.help"));
        breakdowns.setItems(Dimension.values());
        breakdowns.setItemLabelGenerator(d -> getTranslation(d.key()));
        breakdowns.setValue(Set.of(Dimension.TERRITORY));
        breakdowns.setId("report-breakdowns");

        VerticalLayout form = new VerticalLayout(choices, breakdowns);
        form.setPadding(false);
        H3 chosen = new H3(getTranslation("observatory.report.form.indicators"));
        form.add(chosen);
        Details perIndicator = new Details(getTranslation("observatory.report.form.comments"));
        perIndicator.setId("report-comments");
        perIndicator.setWidthFull();
        for (Indicator.Source source : Indicator.Source.values()) {
            CheckboxGroup<Indicator> group = new CheckboxGroup<>();
            group.setLabel(getTranslation("observatory.source." + source.name()));
            List<Indicator> ofSource = List.of(Indicator.values()).stream()
                    .filter(i -> i.source() == source)
                    .toList();
            group.setItems(ofSource);
            group.setItemLabelGenerator(i -> getTranslation(i.key() + ".title"));
            group.setValue(Set.copyOf(ofSource));
            group.setId("report-indicators-" + source.name().toLowerCase(Locale.ROOT));
            group.addValueChangeListener(change -> showComments());
            indicators.put(source, group);
            form.add(group);
            for (Indicator indicator : ofSource) {
                TextArea comment = new TextArea(
                        getTranslation("observatory.report.form.comment", getTranslation(indicator.key() + ".title")));
                comment.setMaxLength(ObservatoryReports.MAX_COMMENT);
                comment.setWidthFull();
                comment.setId("report-comment-" + indicator.slug());
                comments.put(indicator, comment);
                perIndicator.add(comment);
                errors.field("comment." + indicator.name(), comment);
            }
        }
        introduction.setLabel(getTranslation("observatory.report.form.introduction"));
        introduction.setHelperText(getTranslation("observatory.report.form.introduction.help"));
        introduction.setMaxLength(ObservatoryReports.MAX_INTRODUCTION);
        introduction.setWidthFull();
        introduction.setId("report-introduction");
        form.add(introduction, perIndicator);
        Button request = new Button(getTranslation("observatory.report.form.request"), click -> request());
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.setId("report-request");
        request.setDisableOnClick(true);
        request.addClickListener(click -> request.setEnabled(true));
        form.add(request);
        errors.field("year", year)
                .field("granularity", granularity)
                .field("breakdowns", breakdowns)
                .field("indicators", Objects.requireNonNull(indicators.get(Indicator.Source.values()[0])))
                .field("introduction", introduction);
        showComments();
        return form;
    }

    /** The chosen indicators, in the pages' order. */
    private List<Indicator> chosen() {
        Set<Indicator> all = new LinkedHashSet<>();
        indicators.values().forEach(group -> all.addAll(group.getValue()));
        return List.of(Indicator.values()).stream().filter(all::contains).toList();
    }

    /** A comment is offered for each chosen indicator only. */
    private void showComments() {
        List<Indicator> chosen = chosen();
        comments.forEach((indicator, area) -> area.setVisible(chosen.contains(indicator)));
    }

    private void request() {
        errors.clear();
        List<Indicator> chosen = chosen();
        Map<Indicator, String> texts = new EnumMap<>(Indicator.class);
        for (Indicator indicator : chosen) {
            String text = Objects.requireNonNull(comments.get(indicator)).getValue();
            if (!text.isBlank()) {
                texts.put(indicator, text);
            }
        }
        List<Dimension> by = List.of(Dimension.values()).stream()
                .filter(breakdowns.getValue()::contains)
                .toList();
        Year chosenYear = year.getValue();
        Granularity chosenGranularity = granularity.getValue();
        if (chosenYear == null || chosenGranularity == null) {
            errors.show(new InvalidInputException(Map.of(
                    chosenYear == null ? "year" : "granularity",
                    chosenYear == null ? "observatory.report.error.year" : "observatory.report.error.granularity")));
            return;
        }
        try {
            reports.request(
                    currentViewer.require(),
                    new ReportRequest(chosenYear, chosenGranularity, by, chosen, introduction.getValue(), texts),
                    getLocale());
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
            return;
        }
        refresh();
    }

    /** The progress of the report being written, if any, and the kept reports; asks again while one is written. */
    private void refresh() {
        List<KeptReport> all = reports.reports(currentViewer.require());
        KeptReport running = all.stream()
                .filter(r -> r.status() == KeptReport.Status.RUNNING)
                .findFirst()
                .orElse(null);
        progressBox.setVisible(running != null);
        if (running != null) {
            String text = running.indicatorsDone() < running.indicatorsTotal()
                    ? getTranslation(
                            "observatory.report.progress",
                            running.year().toString(),
                            running.indicatorsDone(),
                            running.indicatorsTotal())
                    : getTranslation(
                            "observatory.report.progress.layout", running.year().toString());
            progressText.setText(text);
            progress.setMin(0);
            progress.setMax(Math.max(1, running.indicatorsTotal()));
            progress.setValue(running.indicatorsDone());
            progress.getElement().setAttribute("aria-label", text);
        }
        getUI().ifPresent(ui -> ui.setPollInterval(running != null ? POLL_MILLIS : -1));
        // The lines are drawn again only when one appears or changes state: not under a keyboard's focus every second.
        List<String> states =
                all.stream().map(report -> report.id() + ":" + report.status()).toList();
        if (states.equals(shownStates)) {
            return;
        }
        shownStates = states;
        kept.removeAll();
        if (all.isEmpty()) {
            kept.add(new Paragraph(getTranslation("observatory.report.kept.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding", "0");
        for (KeptReport report : all) {
            list.add(line(report));
        }
        kept.add(list);
    }

    private ListItem line(KeptReport report) {
        ListItem item = new ListItem();
        item.addClassName("reperes-card");
        item.setId("report-" + report.id());
        item.add(new H3(getTranslation(
                "observatory.report.kept.title",
                report.year().toString(),
                getTranslation(report.granularity().key()).toLowerCase(getLocale()))));
        String requested = getTranslation(
                "observatory.report.kept.requested", report.requestedBy(), dates.stamp(report.requestedAt()));
        String state = switch (report.status()) {
            case RUNNING ->
                getTranslation("observatory.report.kept.running", report.indicatorsDone(), report.indicatorsTotal());
            case DONE ->
                getTranslation(
                        "observatory.report.kept.done", dates.stamp(Objects.requireNonNull(report.finishedAt())));
            case FAILED -> getTranslation("observatory.report.kept.failed");
        };
        Paragraph status = new Paragraph(requested + " " + state);
        status.addClassName("report-status");
        item.add(status);
        if (report.status() == KeptReport.Status.DONE) {
            Viewer viewer = currentViewer.require();
            long id = report.id();
            String base = "rapport-observatoire-" + report.year() + "-" + id;
            Anchor pdf = new Anchor(
                    PdfDownloads.pdf(
                            base + ".pdf", () -> reports.pdf(viewer, id).orElseThrow()),
                    getTranslation("observatory.report.download.pdf", size(report.pdfSize())));
            pdf.setId("report-pdf-" + id);
            Anchor html = new Anchor(
                    PdfDownloads.file(
                            base + ".html",
                            "text/html;charset=UTF-8",
                            () -> reports.html(viewer, id).orElseThrow().getBytes(StandardCharsets.UTF_8)),
                    getTranslation("observatory.report.download.html", size(report.htmlSize())));
            html.setId("report-html-" + id);
            UnorderedList links = new UnorderedList(new ListItem(pdf), new ListItem(html));
            item.add(links);
        }
        return item;
    }

    /** A file's size in words: "350 ko", "1,2 Mo". */
    private String size(@Nullable Integer bytes) {
        long value = bytes == null ? 0 : bytes;
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        if (value < 1024 * 1024) {
            return getTranslation("observatory.report.size.kb", format.format(Math.max(1, Math.round(value / 1024.0))));
        }
        return getTranslation("observatory.report.size.mb", format.format(value / (1024.0 * 1024.0)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        polling = ui.addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
        super.onDetach(detach);
    }
}
