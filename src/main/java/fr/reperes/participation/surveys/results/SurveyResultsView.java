package fr.reperes.participation.surveys.results;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyResults;
import fr.reperes.participation.SurveyResults.Filter;
import fr.reperes.participation.SurveyResults.FreeText;
import fr.reperes.participation.SurveyResults.Group;
import fr.reperes.participation.SurveyResults.Grouping;
import fr.reperes.participation.SurveyResults.Page;
import fr.reperes.participation.SurveyResults.QuestionResult;
import fr.reperes.participation.SurveyResults.TextReview;
import fr.reperes.participation.SurveyResults.Version;
import fr.reperes.participation.SurveyStatus;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A survey's results for its authors (animateur, observatory of the département): filters (version, band, territory,
 * columns), per question a chart with its data table and a summary sentence, exports of exactly those tables, the free
 * texts to moderate (keep, hide, or pass to the CRIP as a danger), and publishing the results with the département's
 * response once the survey is closed. Every number has passed the small-cell rule in the service; who may open it is
 * the service's to decide (the policy), not the route's.
 */
@Route("questionnaires/:surveyId/resultats")
@PermitAll
class SurveyResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SurveyResults results;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private final Div content = new Div();
    private final Div texts = new Div();
    private String title = "";
    private long surveyId;
    private Filter filter = Filter.everything();
    /** The texts listed: those still to read, unless the author asks for another review. */
    private @Nullable TextReview shownReview = TextReview.PENDING;

    SurveyResultsView(SurveyResults results, CurrentViewer currentViewer, DateTexts dates) {
        this.results = results;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setMaxWidth("80rem");
        content.setWidthFull();
        texts.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        surveyId = event.getRouteParameters().getLong("surveyId").orElse(0L);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.results.title", title);
    }

    private ResultsTable.Words words() {
        return (key, params) -> getTranslation(key, params);
    }

    private void show() {
        Viewer viewer = currentViewer.require();
        Page page = results.results(viewer, surveyId, filter);
        title = page.title();
        removeAll();
        add(new H1(getTranslation("survey.results.title", page.title())));
        add(new Paragraph(getTranslation("survey.status." + page.status().name()) + " · "
                + getTranslation(page.anonymous() ? "survey.results.anonymous" : "survey.results.named")));
        content.removeAll();
        if (page.status() == SurveyStatus.CLOSED) {
            showCounts(page, viewer);
        } else {
            // No count before the close: the texts are moderated meanwhile, in daily batches.
            add(new Paragraph(getTranslation("survey.results.at-close")));
        }
        add(new H2(getTranslation("survey.results.texts")));
        add(new Paragraph(getTranslation("survey.results.texts.intro")));
        int unmailed = results.unmailedRoutings(viewer, surveyId);
        if (unmailed > 0) {
            Paragraph warning = new Paragraph(getTranslation("survey.results.unmailed", unmailed));
            warning.setId("survey-unmailed");
            warning.getElement().setAttribute("role", "alert");
            add(warning);
        }
        Select<TextReview> review = new Select<>();
        review.setLabel(getTranslation("survey.results.texts.filter"));
        review.setItems(TextReview.values());
        review.setEmptySelectionAllowed(true);
        review.setEmptySelectionCaption(getTranslation("survey.results.texts.filter.all"));
        review.setItemLabelGenerator(r -> r == null ? "" : getTranslation("survey.results.review." + r.name()));
        review.setValue(shownReview);
        review.addValueChangeListener(change -> {
            shownReview = change.getValue();
            showTexts();
        });
        add(review, texts);
        showTexts();
        add(publication(page));
    }

    /** The filters, the tables and the exports of a closed survey. */
    private void showCounts(Page page, Viewer viewer) {
        add(filters(page, results.territoryChoices(viewer, surveyId)));
        add(new Paragraph(getTranslation("survey.results.withheld.legend")));
        List<ResultsTable> tables = new ArrayList<>();
        Integer sheets = ResultsTable.value(page.sheets());
        content.add(new Paragraph(
                sheets == null
                        ? getTranslation("survey.results.sheets.withheld")
                        : getTranslation("survey.results.sheets", sheets)));
        for (QuestionResult question : page.questions()) {
            ResultsTable table =
                    ResultsTable.of(question, page.groups(), page.filter().grouping() == Grouping.BAND, words());
            tables.add(table);
            content.add(question(table, sheets));
        }
        if (page.questions().isEmpty()) {
            content.add(new Paragraph(getTranslation("survey.results.none")));
        }
        add(exports(page, tables));
        add(content);
    }

    private Component filters(Page page, List<Group> territories) {
        Select<Long> version = new Select<>();
        version.setLabel(getTranslation("survey.results.filter.version"));
        version.setItems(page.versions().stream().map(Version::id).toList());
        version.setItemLabelGenerator(id -> page.versions().stream()
                .filter(v -> v.id() == id)
                .map(v -> getTranslation("survey.results.filter.version.number", v.number()))
                .findFirst()
                .orElse(""));
        if (!page.versions().isEmpty()) {
            version.setValue(page.versionId());
        }
        Select<SurveyBand> band = new Select<>();
        band.setLabel(getTranslation("survey.results.filter.band"));
        band.setItems(page.bands());
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(getTranslation("survey.results.filter.band.all"));
        band.setItemLabelGenerator(b -> b == null ? "" : getTranslation("survey.band." + b.name()));
        band.setValue(page.filter().band());
        Select<Grouping> grouping = new Select<>();
        grouping.setLabel(getTranslation("survey.results.filter.grouping"));
        grouping.setItems(Grouping.values());
        grouping.setItemLabelGenerator(g -> getTranslation("survey.results.grouping." + g.name()));
        grouping.setValue(page.filter().grouping());
        Select<Long> territory = new Select<>();
        territory.setLabel(getTranslation("survey.results.filter.territory"));
        territory.setEmptySelectionAllowed(true);
        territory.setEmptySelectionCaption(getTranslation("survey.results.filter.territory.all"));
        territory.setItems(territories.stream().map(g -> Long.valueOf(g.code())).toList());
        territory.setItemLabelGenerator(id -> id == null
                ? ""
                : territories.stream()
                        .filter(g -> g.code().equals(id.toString()))
                        .map(Group::name)
                        .findFirst()
                        .orElse(""));
        territory.setValue(page.filter().territoryId());
        territory.setHelperText(getTranslation("survey.results.filter.territory.help"));
        Button apply = new Button(getTranslation("survey.results.filter.apply"), click -> {
            filter = new Filter(version.getValue(), band.getValue(), territory.getValue(), grouping.getValue());
            show();
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(version, band, grouping, territory, apply);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.END);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        return form;
    }

    /** The chart and, beside it, the table it draws; the summary sentence above both (and as the chart's text). */
    private Component question(ResultsTable table, @Nullable Integer sheets) {
        Div card = new Div();
        card.addClassName("reperes-card");
        card.add(new H3(table.question()));
        String summary = table.summary(sheets, words());
        card.add(new Paragraph(summary));
        FlexLayout both = new FlexLayout();
        both.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        both.getStyle().set("gap", "var(--lumo-space-l)");
        if (!table.rows().isEmpty()) {
            Image chart = new Image(ResultsChart.dataUrl(ResultsChart.svg(table, words())), summary);
            chart.setMaxWidth("40rem");
            chart.setWidthFull();
            both.add(chart);
        }
        both.add(dataTable(table));
        card.add(both);
        return card;
    }

    static NativeTable dataTable(ResultsTable table, ResultsTable.Words words) {
        NativeTable html = new NativeTable();
        NativeTableRow head = new NativeTableRow();
        for (String column : table.header()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        html.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        List<ResultsTable.Row> rows = new ArrayList<>(table.rows());
        rows.add(table.respondents());
        for (ResultsTable.Row row : rows) {
            NativeTableRow line = new NativeTableRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(row.label());
            label.getElement().setAttribute("scope", "row");
            line.add(label);
            for (Integer value : row.cells()) {
                NativeTableCell cell = new NativeTableCell(table.cellText(value, words));
                if (value == null) {
                    cell.addClassName("reperes-withheld");
                }
                line.add(cell);
            }
            body.add(line);
        }
        html.add(body);
        html.addClassName("reperes-results-table");
        return html;
    }

    private NativeTable dataTable(ResultsTable table) {
        return dataTable(table, words());
    }

    private Component exports(Page page, List<ResultsTable> tables) {
        String filterText = filterText(page);
        Supplier<List<List<@Nullable Object>>> lines =
                () -> ResultsExports.lines(page.title(), filterText, tables, words());
        String base = "resultats-" + surveyId;
        Anchor csv = new Anchor(
                download(base + ".csv", "text/csv", () -> ResultsExports.csv(lines.get())),
                getTranslation("survey.results.export.csv"));
        Anchor ods = new Anchor(
                download(
                        base + ".ods",
                        "application/vnd.oasis.opendocument.spreadsheet",
                        () -> ResultsExports.ods(getTranslation("survey.results.export.sheet"), lines.get())),
                getTranslation("survey.results.export.ods"));
        return new HorizontalLayout(csv, ods);
    }

    /** The export is what the page shows, read again at click time so that access is asked again. */
    private DownloadHandler download(String name, String type, Supplier<byte[]> bytes) {
        Viewer viewer = currentViewer.require();
        long survey = surveyId;
        Filter shown = filter;
        return DownloadHandler.fromInputStream(event -> {
            try {
                results.results(viewer, survey, shown);
            } catch (AccessRefusedException refused) {
                return DownloadResponse.error(403);
            }
            byte[] file = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(file), name, type, file.length);
        });
    }

    private String filterText(Page page) {
        List<String> parts = new ArrayList<>();
        page.versions().stream()
                .filter(v -> v.id() == page.versionId())
                .findFirst()
                .ifPresent(v -> parts.add(getTranslation("survey.results.filter.version.number", v.number())));
        SurveyBand band = page.filter().band();
        parts.add(
                band == null
                        ? getTranslation("survey.results.filter.band.all")
                        : getTranslation("survey.band." + band.name()));
        parts.add(getTranslation(
                "survey.results.grouping." + page.filter().grouping().name()));
        return String.join(" · ", parts);
    }

    private void showTexts() {
        texts.removeAll();
        List<FreeText> list = results.texts(currentViewer.require(), surveyId, shownReview);
        if (list.isEmpty()) {
            texts.add(new Paragraph(getTranslation("survey.results.texts.none")));
        }
        for (FreeText text : list) {
            texts.add(textCard(text));
        }
    }

    private Component textCard(FreeText text) {
        Div card = new Div();
        card.addClassName("reperes-card");
        card.add(new Paragraph(new Span(text.question())));
        Paragraph words = new Paragraph(text.text());
        words.getStyle().set("white-space", "pre-wrap");
        card.add(words);
        card.add(new Paragraph(
                getTranslation("survey.results.review." + text.review().name())));
        if (text.review() == TextReview.ROUTED) {
            return card;
        }
        Viewer viewer = currentViewer.require();
        Div actions = new Div();
        Div confirm = new Div();
        Button keep = new Button(
                getTranslation("survey.results.review.keep"),
                click -> decide(() ->
                        results.review(viewer, surveyId, text.questionId(), text.token(), TextReview.PUBLISHABLE)));
        Button hide = new Button(
                getTranslation("survey.results.review.hide"),
                click -> decide(
                        () -> results.review(viewer, surveyId, text.questionId(), text.token(), TextReview.HIDDEN)));
        Button danger = new Button(getTranslation("survey.results.review.danger"), click -> {
            confirm.removeAll();
            Button yes = new Button(
                    getTranslation("survey.results.review.danger.yes"),
                    yesClick -> decide(() -> {
                        results.routeDanger(viewer, surveyId, text.questionId(), text.token());
                        Notification.show(getTranslation("survey.results.review.danger.done"));
                    }));
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.add(
                    new Paragraph(getTranslation("survey.results.review.danger.confirm")),
                    yes,
                    new Button(getTranslation("survey.results.review.cancel"), no -> confirm.removeAll()));
        });
        danger.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        keep.setEnabled(text.review() != TextReview.PUBLISHABLE);
        hide.setEnabled(text.review() != TextReview.HIDDEN);
        actions.add(keep, hide, danger);
        card.add(actions, confirm);
        return card;
    }

    /**
     * A moderation decision; refused when the text changed since the list was read ("relisez-le"): the message is
     * shown, and the list read again so that the new words are the ones decided on.
     */
    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (InvalidInputException refused) {
            refused.fieldErrors().values().stream()
                    .findFirst()
                    .ifPresent(key -> Notification.show(getTranslation(key)));
        }
        showTexts();
    }

    private Component publication(Page page) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H2(getTranslation("survey.results.publish")));
        if (page.resultsPublishedAt() != null) {
            section.add(new Paragraph(getTranslation(
                    "survey.results.published", dates.day(Objects.requireNonNull(page.resultsPublishedAt())))));
        }
        if (page.status() != SurveyStatus.CLOSED) {
            section.add(new Paragraph(getTranslation("survey.results.publish.after-close")));
            return section;
        }
        TextArea response = new TextArea(getTranslation("survey.results.publish.response"));
        response.setHelperText(getTranslation("survey.results.publish.response.help"));
        response.setMaxLength(SurveyResults.LONGEST_RESPONSE);
        response.setWidthFull();
        response.setValue(page.departementResponse() == null ? "" : page.departementResponse());
        FieldErrors errors = new FieldErrors().field("response", response);
        Button publish = new Button(
                getTranslation(
                        page.resultsPublishedAt() == null
                                ? "survey.results.publish.button"
                                : "survey.results.publish.update"),
                click -> {
                    try {
                        results.publish(currentViewer.require(), surveyId, response.getValue());
                        Notification.show(getTranslation("survey.results.publish.done"));
                        show();
                    } catch (InvalidInputException invalid) {
                        errors.show(invalid);
                    }
                });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(response, publish);
        return section;
    }
}
