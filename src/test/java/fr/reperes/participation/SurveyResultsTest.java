package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyFigures.SurveyFigure;
import fr.reperes.participation.SurveyResults.Filter;
import fr.reperes.participation.SurveyResults.FreeText;
import fr.reperes.participation.SurveyResults.GivenBack;
import fr.reperes.participation.SurveyResults.Grouping;
import fr.reperes.participation.SurveyResults.OptionCount;
import fr.reperes.participation.SurveyResults.Page;
import fr.reperes.participation.SurveyResults.QuestionResult;
import fr.reperes.participation.SurveyResults.TextReview;
import fr.reperes.participation.SurveyResultsFixture.Sheet;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.suppression.IndicatorCell;
import fr.reperes.platform.suppression.SmallCellSuppression;
import fr.reperes.platform.suppression.ThreeWayAudit;
import fr.reperes.platform.suppression.TwoWayAudit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Survey results for their authors, for those asked, and for the observatory: counts per option through the
 * small-cell rule on every shown number (random answer sets, every grouping), a constant number of statements per
 * page, moderation of free texts (only publishable ones leave the author's screen), who reads what.
 */
@IntegrationTest
class SurveyResultsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyResults results;

    @Autowired
    SurveyFigures figures;

    @Autowired
    JdbcClient jdbc;

    private Viewer viewer(String persona) {
        return TestSignIn.viewer(context, persona);
    }

    /** Every cell shown: absent when withheld, otherwise 5 or more. */
    private static Stream<IndicatorCell> cells(QuestionResult question) {
        return Stream.concat(
                Stream.concat(
                        question.options().stream()
                                .flatMap(o -> Stream.concat(o.cells().stream(), Stream.of(o.total()))),
                        question.respondents().stream()),
                Stream.of(question.allRespondents()));
    }

    @Test
    void smallCountsAreWithheldNotShownAsZeroAndLargeOnesAreExact() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        List<Sheet> sheets = new ArrayList<>();
        long t = f.territories.getFirst();
        for (int i = 0; i < 20; i++) {
            sheets.add(new Sheet(f.youngVariant, t, i < 12 ? 5 : i < 18 ? 4 : 3, Set.of("REFERENT"), null, null));
        }
        f.write(sheets);
        f.close();

        Page page = results.results(f.yanis, f.surveyId, new Filter(null, SurveyBand.YOUNG_16_21, null, Grouping.NONE));

        QuestionResult scale = page.questions().getFirst();
        assertThat(scale.kind()).isEqualTo(QuestionKind.SCALE);
        assertThat(scale.options()).extracting(OptionCount::code).containsExactly("1", "2", "3", "4", "5");
        assertThat(scale.allRespondents().count()).hasValue(20);
        assertThat(scale.options().get(4).total().count()).hasValue(12);
        // 0, 0 and 2: withheld, never 0; and the 6 goes with them (20 - 12 - 6 would give the 2 back).
        assertThat(scale.options().subList(0, 4)).allMatch(o -> o.total().suppressed());
        assertThat(page.sheets().count()).hasValue(20);
        // Everyone chose REFERENT: the rest (0 who did not) is protected, so the count is withheld.
        QuestionResult help = page.questions().get(1);
        assertThat(help.options().getFirst().total().suppressed()).isTrue();
        assertThat(help.allRespondents().count()).hasValue(20);
    }

    /**
     * The class of inputs: random answer sets (young people and parents, territories, skipped answers, several
     * choices), under every grouping. No shown cell is under 5, every shown cell is the true count, and the attacker
     * of the suppression's tests recovers no withheld number from any question's table.
     */
    @Test
    void randomAnswerSetsShowNoCellUnderFiveAndGiveNoWithheldCellBack() {
        for (int seed = 0; seed < 6; seed++) {
            SurveyResultsFixture f = new SurveyResultsFixture(context, true);
            Random random = new Random(seed);
            int seedUsed = seed;
            List<Sheet> sheets = f.random(random, 10 + random.nextInt(120));
            f.write(sheets);
            f.close();
            for (Grouping grouping : Grouping.values()) {
                for (SurveyBand band : new SurveyBand[] {null, SurveyBand.YOUNG_16_21}) {
                    Page page = results.results(f.yanis, f.surveyId, new Filter(null, band, null, grouping));
                    for (QuestionResult question : page.questions()) {
                        assertThat(cells(question))
                                .allSatisfy(cell ->
                                        assertThat(cell.count().orElse(5)).isGreaterThanOrEqualTo(5));
                        if (question.options().isEmpty()) {
                            continue;
                        }
                        Truth truth = Truth.of(f, sheets, page, question, band);
                        for (int o = 0; o < question.options().size(); o++) {
                            for (int g = 0; g < page.groups().size(); g++) {
                                int expected = truth.counts()[o][g];
                                question.options()
                                        .get(o)
                                        .cells()
                                        .get(g)
                                        .count()
                                        .ifPresent(shown -> assertThat(shown).isEqualTo(expected));
                            }
                        }
                        SmallCellSuppression.TwoWay published = new SmallCellSuppression.TwoWay(
                                question.options().stream()
                                        .map(OptionCount::cells)
                                        .toList(),
                                question.options().stream()
                                        .map(OptionCount::total)
                                        .toList(),
                                question.respondents(),
                                question.allRespondents());
                        assertThat(TwoWayAudit.exposed(
                                        question.kind() == QuestionKind.MULTIPLE_CHOICE,
                                        truth.respondents(),
                                        truth.counts(),
                                        published))
                                .as("seed %s, %s, band %s, %s", seedUsed, grouping, band, question.text())
                                .isEmpty();
                    }
                }
            }
        }
    }

    /**
     * All together and one territory are columns of the table by territory, never protected on their own: a number
     * shown in one view and withheld in another would give a withheld number back by difference.
     */
    @Test
    void allTogetherAndOneTerritoryAreViewsOfTheOneTableByTerritory() {
        for (int seed = 20; seed < 24; seed++) {
            SurveyResultsFixture f = new SurveyResultsFixture(context, true);
            f.write(f.random(new Random(seed), 15 + 30 * (seed - 20)));
            f.close();
            Page byTerritory = results.results(f.yanis, f.surveyId, new Filter(null, null, null, Grouping.TERRITORY));
            Page together = results.results(f.yanis, f.surveyId, new Filter(null, null, null, Grouping.NONE));
            assertThat(together.sheets()).isEqualTo(byTerritory.sheets());
            for (int q = 0; q < byTerritory.questions().size(); q++) {
                QuestionResult whole = byTerritory.questions().get(q);
                assertThat(together.questions().get(q).options().stream().map(OptionCount::total))
                        .containsExactlyElementsOf(
                                whole.options().stream().map(OptionCount::total).toList());
                assertThat(together.questions().get(q).allRespondents()).isEqualTo(whole.allRespondents());
            }
            for (int column = 0; column < f.territories.size(); column++) {
                long territory = Long.parseLong(byTerritory.groups().get(column).code());
                Page one = results.results(f.yanis, f.surveyId, new Filter(null, null, territory, Grouping.TERRITORY));
                for (int q = 0; q < byTerritory.questions().size(); q++) {
                    int c = column;
                    assertThat(one.questions().get(q).options().stream()
                                    .map(o -> o.cells().getFirst()))
                            .containsExactlyElementsOf(byTerritory.questions().get(q).options().stream()
                                    .map(o -> o.cells().get(c))
                                    .toList());
                }
            }
        }
    }

    /**
     * The privacy gap of comparing "all bands" with "one band": every view an author can ask for (all together, by
     * territory, by band, one band, one territory, one band by territory, one territory by band; the CSV and ODS
     * export these pages, and the page given back to a band is the one band's view) is read into one table options ×
     * bands × territories. A number never differs from one view to another, and the attacker of the suppression's
     * tests, given all of them at once, narrows no withheld number to fewer than 5 values.
     */
    @Test
    void everyViewTogetherGivesNoWithheldNumberBack() {
        for (int seed = 30; seed < 34; seed++) {
            SurveyResultsFixture f = new SurveyResultsFixture(context, true);
            List<Sheet> sheets = f.random(new Random(seed), 20 + 40 * (seed - 30));
            f.write(sheets);
            Page all = results.results(f.yanis, f.surveyId, Filter.everything());
            List<SurveyBand> bands = all.bands();
            List<String> territories =
                    results
                            .results(f.yanis, f.surveyId, new Filter(null, null, null, Grouping.TERRITORY))
                            .groups()
                            .stream()
                            .map(SurveyResults.Group::code)
                            .toList();
            int b = bands.size();
            int t = territories.size();
            for (QuestionResult indicator : all.questions()) {
                List<String> codes =
                        indicator.options().stream().map(OptionCount::code).toList();
                IndicatorCell[][][] union = new IndicatorCell[codes.size() + 1][b + 1][t + 1];
                List<SurveyBand> bandFilters = new ArrayList<>(bands);
                bandFilters.add(null);
                List<Long> territoryFilters = new ArrayList<>();
                territories.forEach(code -> territoryFilters.add(Long.parseLong(code)));
                territoryFilters.add(null);
                for (SurveyBand band : bandFilters) {
                    for (Long territory : territoryFilters) {
                        for (Grouping grouping : Grouping.values()) {
                            Page page =
                                    results.results(f.yanis, f.surveyId, new Filter(null, band, territory, grouping));
                            int fixedBand = band == null ? -1 : bands.indexOf(band);
                            int fixedTerritory = territory == null ? -1 : territories.indexOf(territory.toString());
                            for (QuestionResult question : page.questions()) {
                                if (!indicator.indicator().equals(question.indicator())) {
                                    continue;
                                }
                                for (int g = 0; g < page.groups().size(); g++) {
                                    String code = page.groups().get(g).code();
                                    int cb = grouping == Grouping.BAND
                                            ? bands.indexOf(SurveyBand.valueOf(code))
                                            : fixedBand;
                                    int ct =
                                            grouping == Grouping.TERRITORY ? territories.indexOf(code) : fixedTerritory;
                                    keep(
                                            union,
                                            -1,
                                            cb,
                                            ct,
                                            question.respondents().get(g));
                                    for (OptionCount option : question.options()) {
                                        keep(
                                                union,
                                                codes.indexOf(option.code()),
                                                cb,
                                                ct,
                                                option.cells().get(g));
                                    }
                                }
                                boolean split = page.groups().size() > 1;
                                int tb = split && grouping == Grouping.BAND ? -1 : fixedBand;
                                int tt = split && grouping == Grouping.TERRITORY ? -1 : fixedTerritory;
                                keep(union, -1, tb, tt, question.allRespondents());
                                for (OptionCount option : question.options()) {
                                    keep(union, codes.indexOf(option.code()), tb, tt, option.total());
                                }
                            }
                        }
                    }
                }
                List<IndicatorCell> numbers = new ArrayList<>();
                for (IndicatorCell[][] option : union) {
                    for (IndicatorCell[] byBand : option) {
                        for (IndicatorCell cell : byBand) {
                            numbers.add(cell == null ? IndicatorCell.of(null, null) : cell);
                        }
                    }
                }
                boolean multiple = indicator.kind() == QuestionKind.MULTIPLE_CHOICE;
                int[][] respondents = new int[b][t];
                int[][][] counts = new int[codes.size()][b][t];
                for (Sheet sheet : sheets) {
                    int sb = bands.indexOf(
                            sheet.variantId() == f.youngVariant ? SurveyBand.YOUNG_16_21 : SurveyBand.PARENTS);
                    int st = territories.indexOf(
                            sheet.territoryId() == null
                                    ? "0"
                                    : sheet.territoryId().toString());
                    if (multiple) {
                        respondents[sb][st] += sheet.help().isEmpty() ? 0 : 1;
                        sheet.help().forEach(code -> counts[codes.indexOf(code)][sb][st]++);
                    } else if (sheet.scale() != null) {
                        counts[codes.indexOf(sheet.scale().toString())][sb][st]++;
                    }
                }
                boolean[] asked = new boolean[b];
                Arrays.fill(asked, true);
                boolean[][] offered = new boolean[codes.size()][b];
                for (boolean[] row : offered) {
                    Arrays.fill(row, true);
                }
                ThreeWayAudit.Indicator truth =
                        new ThreeWayAudit.Indicator(multiple, asked, offered, respondents, counts);
                SmallCellSuppression.ThreeWay published =
                        new SmallCellSuppression.ThreeWay(codes.size(), b, t, List.copyOf(numbers));
                assertThat(ThreeWayAudit.exposed(truth, published))
                        .as("seed %s, %s", seed, indicator.text())
                        .isEmpty();
            }
        }
    }

    /** A number read in one more view: the same as every other view's, shown or withheld alike. */
    private static void keep(IndicatorCell[][][] union, int option, int band, int territory, IndicatorCell cell) {
        IndicatorCell known = union[option + 1][band + 1][territory + 1];
        if (known != null) {
            assertThat(cell.count())
                    .as("option %s band %s territory %s", option, band, territory)
                    .isEqualTo(known.count());
        } else {
            union[option + 1][band + 1][territory + 1] = cell;
        }
    }

    /** The true table of a question, counted here from the sheets written, as the page's groups split it. */
    record Truth(int[][] counts, int[] respondents) {
        static Truth of(
                SurveyResultsFixture f, List<Sheet> sheets, Page page, QuestionResult question, SurveyBand band) {
            boolean multiple = question.kind() == QuestionKind.MULTIPLE_CHOICE;
            int[][] counts = new int[question.options().size()][page.groups().size()];
            int[] respondents = new int[page.groups().size()];
            for (Sheet sheet : sheets) {
                if (band != null && sheet.variantId() != f.youngVariant) {
                    continue;
                }
                int g = switch (page.filter().grouping()) {
                    case NONE -> 0;
                    case BAND ->
                        page.groups().stream()
                                .map(SurveyResults.Group::code)
                                .toList()
                                .indexOf(sheet.variantId() == f.youngVariant ? "YOUNG_16_21" : "PARENTS");
                    case TERRITORY ->
                        page.groups().stream()
                                .map(SurveyResults.Group::code)
                                .toList()
                                .indexOf(
                                        sheet.territoryId() == null
                                                ? "0"
                                                : sheet.territoryId().toString());
                };
                List<String> codes =
                        question.options().stream().map(OptionCount::code).toList();
                if (multiple) {
                    if (!sheet.help().isEmpty()) {
                        respondents[g]++;
                    }
                    for (String code : sheet.help()) {
                        counts[codes.indexOf(code)][g]++;
                    }
                } else if (sheet.scale() != null) {
                    respondents[g]++;
                    counts[codes.indexOf(sheet.scale().toString())][g]++;
                }
            }
            return new Truth(counts, respondents);
        }
    }

    @Test
    void aPageRunsAsManyStatementsWithTenThousandAnswersAsWithOneThousand() {
        SurveyResultsFixture small = new SurveyResultsFixture(context, true);
        small.write(small.random(new Random(1), 1_000));
        small.close();
        SurveyResultsFixture large = new SurveyResultsFixture(context, true);
        large.write(large.random(new Random(2), 10_000));
        large.close();
        for (Grouping grouping : Grouping.values()) {
            Filter filter = new Filter(null, null, null, grouping);
            long fewer =
                    SqlStatements.fewestSelectsDuring(jdbc, () -> results.results(small.yanis, small.surveyId, filter));
            long more =
                    SqlStatements.fewestSelectsDuring(jdbc, () -> results.results(large.yanis, large.surveyId, filter));
            assertThat(more).as("%s", grouping).isEqualTo(fewer).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void pendingAndHiddenTextsAreNeverGivenBackOnlyPublishableOnes() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true, true);
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sheets.add(new Sheet(f.youngVariant, null, 4, Set.of(), "mot " + i, null));
        }
        f.write(sheets);
        List<FreeText> texts = results.texts(f.yanis, f.surveyId, null);
        assertThat(texts).hasSize(8).allMatch(t -> t.review() == TextReview.PENDING);
        FreeText kept = texts.get(0);
        FreeText hidden = texts.get(1);
        results.review(f.yanis, f.surveyId, kept.questionId(), kept.token(), TextReview.PUBLISHABLE);
        results.review(f.yanis, f.surveyId, hidden.questionId(), hidden.token(), TextReview.HIDDEN);
        assertThat(results.texts(f.yanis, f.surveyId, TextReview.PUBLISHABLE))
                .extracting(FreeText::text)
                .containsExactly(kept.text());
        f.close();
        results.publish(f.yanis, f.surveyId, "Nous allons ouvrir une permanence.");

        GivenBack back = results.givenBack(viewer("lina"), f.surveyId);

        assertThat(back.texts()).extracting(SurveyResults.PublishedText::text).containsExactly(kept.text());
        assertThat(back.response()).isEqualTo("Nous allons ouvrir une permanence.");
    }

    @Test
    void resultsAreGivenBackOnlyOnceClosedAndPublishedAndOnlyToThoseAsked() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true, true);
        f.write(f.random(new Random(3), 60));
        Viewer lina = viewer("lina");
        assertThatThrownBy(() -> results.publish(f.yanis, f.surveyId, "Trop tôt"))
                .isInstanceOf(InvalidInputException.class);
        f.close();
        assertThatThrownBy(() -> results.givenBack(lina, f.surveyId)).isInstanceOf(ResultsNotPublishedException.class);
        assertThatThrownBy(() -> results.publish(f.yanis, f.surveyId, "  ")).isInstanceOf(InvalidInputException.class);
        results.publish(f.yanis, f.surveyId, "Merci : voici ce que nous allons faire.");

        GivenBack young = results.givenBack(lina, f.surveyId);
        assertThat(young.band()).isEqualTo(SurveyBand.YOUNG_16_21);
        assertThat(young.questions().getFirst().text()).startsWith("Te sens-tu");
        GivenBack parent = results.givenBack(viewer("karim"), f.surveyId);
        assertThat(parent.band()).isEqualTo(SurveyBand.PARENTS);
        assertThat(parent.questions().getFirst().text()).startsWith("Votre enfant");
        // Mehdi is 15: the survey has no 12-15 wording, it did not ask him.
        for (String refused : List.of("mehdi", "claire")) {
            assertThatThrownBy(() -> results.givenBack(viewer(refused), f.surveyId))
                    .as(refused)
                    .isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void onlyTheDepartementsAnimateursAndObservatoryReadResults() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        f.write(f.random(new Random(4), 30));
        f.close();
        for (String author : List.of("yanis", "odpe")) {
            assertThat(results.results(viewer(author), f.surveyId, Filter.everything())
                            .questions())
                    .as(author)
                    .isNotEmpty();
            assertThat(results.texts(viewer(author), f.surveyId, null)).isNotNull();
        }
        for (String refused : List.of("claire", "lina", "karim")) {
            Viewer reader = viewer(refused);
            assertThatThrownBy(() -> results.results(reader, f.surveyId, Filter.everything()))
                    .as(refused)
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> results.texts(reader, f.surveyId, null))
                    .as(refused)
                    .isInstanceOf(AccessRefusedException.class);
        }
        Viewer elsewhere = new Viewer(
                f.yanis.accountId(),
                f.yanis.subject(),
                f.yanis.displayName(),
                f.yanis.role(),
                f.yanis.departementId() + 1000,
                null,
                null,
                f.yanis.professionalId());
        assertThatThrownBy(() -> results.results(elsewhere, f.surveyId, Filter.everything()))
                .isInstanceOf(AccessRefusedException.class);
        f.close();
        assertThatThrownBy(() -> results.publish(elsewhere, f.surveyId, "Réponse"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theObservatoryReadsParticipationAmongThoseAskedAndIndicatorsProtected() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        List<Sheet> sheets = new ArrayList<>(f.random(new Random(5), 40));
        sheets.add(new Sheet(
                f.youngVariant,
                null,
                5,
                Set.of(),
                null,
                "Y:" + new SurveyFixtures(context).youngPerson().youngPersonId()));
        f.write(sheets);
        f.close();
        long asked = jdbc.sql("SELECT COUNT(*) FROM dossier_young_person_view yp JOIN survey s ON s.id = :s"
                        + " WHERE yp.departement_id = s.departement_id AND "
                        + SurveyAudience.asksYoungPerson("s", "yp"))
                .param("s", f.surveyId)
                .param("today", context.getBean(SurveyAccess.class).today())
                .query(Long.class)
                .single();

        SurveyFigure figure = figures.figures(viewer("odpe")).stream()
                .filter(s -> s.surveyId() == f.surveyId)
                .findFirst()
                .orElseThrow();

        // One participation: withheld, and the rate with it.
        assertThat(figure.participation().suppressed()).isTrue();
        assertThat(figure.participation().share()).isEmpty();
        assertThat(asked).isGreaterThan(5);
        assertThat(figure.indicators()).extracting(QuestionResult::indicator).containsExactly("SAFE", "HELP");
        assertThat(figure.indicators().getFirst().allRespondents().count().orElse(5))
                .isGreaterThanOrEqualTo(5);
        assertThatThrownBy(() -> figures.figures(viewer("yanis"))).isInstanceOf(AccessRefusedException.class);
    }

    /** The observatory's figures: grouped statements, as many for one more survey as for five more. */
    @Test
    void figuresRunAsManyStatementsForFiveMoreSurveysAsForOneMore() {
        Viewer odpe = viewer("odpe");
        SurveyResultsFixture first = new SurveyResultsFixture(context, true);
        first.write(first.random(new Random(40), 30));
        long one = SqlStatements.fewestSelectsDuring(jdbc, () -> figures.figures(odpe));
        for (int i = 0; i < 5; i++) {
            SurveyResultsFixture more = new SurveyResultsFixture(context, true);
            more.write(more.random(new Random(41 + i), 30));
        }
        long six = SqlStatements.fewestSelectsDuring(jdbc, () -> figures.figures(odpe));
        assertThat(six).isEqualTo(one).isLessThanOrEqualTo(8);
        // Still through the suppression: no shown count under 5, in any survey.
        assertThat(figures.figures(odpe).stream()
                        .flatMap(figure -> figure.indicators().stream())
                        .flatMap(SurveyResultsTest::cells))
                .allSatisfy(cell -> assertThat(cell.count().orElse(5)).isGreaterThanOrEqualTo(5));
    }
}
