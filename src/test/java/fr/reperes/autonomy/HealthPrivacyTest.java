package fr.reperes.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.autonomy.FamilyReaders.Family;
import fr.reperes.autonomy.FamilyReaders.Reader;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.grid.AutonomyStep;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.identity.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A young adult's health is private from their parents whatever they share, in every piece of domain-tagged content:
 * a table over every reader (the young person, each kind of parent, the assigned and another référent), a minor and
 * an adult, and every kind of content tagged with a domain, each read through the services a page or a PDF uses.
 * Each cell also reads a non-health item of the same kind, so that a cell cannot pass by showing nothing at all.
 */
@IntegrationTest
class HealthPrivacyTest {

    /** Every kind of content that carries a domain, and how a reader gets its texts. */
    enum Tagged {
        GRID_ANSWER,
        STEP,
        PROJECT_GOAL,
        PROJECT_STEP,
        PROJECT_IN_PPE,
        PPE_DOMAIN,
        PPE_PDF_TEXT
    }

    private static final Map<Boolean, Family> FAMILIES = new HashMap<>();

    @Autowired
    ApplicationContext context;

    @Autowired
    AutonomyService autonomy;

    @Autowired
    PathwayService pathways;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    Clock clock;

    static Stream<Arguments> table() {
        return Stream.of(true, false)
                .flatMap(adult -> Stream.of(Reader.values())
                        .flatMap(reader -> Stream.of(Tagged.values())
                                .map(kind -> Arguments.of(
                                        adult ? "adult" : "minor", reader, kind, healthVisible(reader, adult)))));
    }

    /** The expectation, written as the rule: health is seen by the young person, their référent, and the parent of a minor. */
    private static boolean healthVisible(Reader reader, boolean adult) {
        return switch (reader) {
            case SELF, ASSIGNED_REFERENT -> true;
            case PARENT_GRANTED, PARENT_NOT_GRANTED -> !adult;
            case PARENT_WITHDRAWN, OTHER_REFERENT -> false;
        };
    }

    @ParameterizedTest(name = "{0} / {1} / {2}: health shown = {3}")
    @MethodSource("table")
    void healthIsShownOnlyToThoseTheTableSays(String age, Reader reader, Tagged kind, boolean healthShown) {
        boolean adult = age.equals("adult");
        Family family = family(adult);
        String text = texts(family.viewer(context, reader), family.id(), kind);
        assertThat(text.contains("Santemarque")).as("health text").isEqualTo(healthShown);
        assertThat(text.contains("Logementmarque"))
                .as("a non-health text of the same kind")
                .isEqualTo(reader.opensFile(adult));
    }

    /** The texts of one kind of content the viewer is given, empty when they are refused. */
    private String texts(Viewer viewer, long youngPersonId, Tagged kind) {
        try {
            return switch (kind) {
                case GRID_ANSWER ->
                    autonomy.space(viewer, youngPersonId).grid().values().stream()
                            .map(a -> a.domain() == AutonomyDomain.HEALTH
                                    ? "Santemarque " + a.comment()
                                    : "Logementmarque " + a.comment())
                            .collect(Collectors.joining("\n"));
                case STEP ->
                    autonomy.space(viewer, youngPersonId).steps().stream()
                            .map(AutonomyStep::title)
                            .filter(title -> title.contains("etape"))
                            .collect(Collectors.joining("\n"));
                case PROJECT_GOAL ->
                    String.join(
                            "\n",
                            pathways.pathway(viewer, youngPersonId)
                                    .project()
                                    .goals()
                                    .values());
                case PROJECT_STEP ->
                    pathways.pathway(viewer, youngPersonId).project().actions().stream()
                            .map(ProjectAction::what)
                            .collect(Collectors.joining("\n"));
                case PROJECT_IN_PPE ->
                    pathways.projectOfVersion(viewer, youngPersonId, latestVersionId(viewer, youngPersonId))
                            .map(p -> String.join("\n", p.goals().values()) + "\n"
                                    + p.actions().stream()
                                            .map(ProjectAction::what)
                                            .collect(Collectors.joining("\n")))
                            .orElse("");
                case PPE_DOMAIN ->
                    carePlans.published(viewer, youngPersonId, null).shown().domains().stream()
                            .filter(d -> !d.withheld())
                            .map(d -> d.needs() + "\n" + d.objectives() + "\n"
                                    + d.actions().stream()
                                            .map(CarePlanAction::what)
                                            .collect(Collectors.joining("\n")))
                            .collect(Collectors.joining("\n"));
                case PPE_PDF_TEXT -> pdfText(carePlans.pdf(viewer, youngPersonId, 2, Locale.FRENCH));
            };
        } catch (AccessRefusedException refused) {
            return "";
        }
    }

    private long latestVersionId(Viewer viewer, long youngPersonId) {
        return carePlans.published(viewer, youngPersonId, null).shown().id();
    }

    /** The text a PDF viewer finds, page by page, read with another library than the one that wrote it. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Family family(boolean adult) {
        return FAMILIES.computeIfAbsent(
                adult,
                a -> FamilyReaders.withHealthAndHousingContent(
                        context,
                        FamilyReaders.bornOn(
                                context,
                                LocalDate.now(clock).minusYears(a ? 19 : 17).minusMonths(3))));
    }
}
