package fr.reperes.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.KaribuTest;
import fr.reperes.autonomy.pathway.Pathway;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.Contract;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.measures.MeasureLine;
import fr.reperes.dossier.measures.MeasureService;
import fr.reperes.identity.TestSignIn;
import fr.reperes.platform.DateTexts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fact shown on several pages reads the same on each, because each page reads it from one place: Amina's contract
 * dates and her request's state (the contracts), the dates and the agreement of her accompagnement jeune majeur
 * (the measure takes its dates from the contracts, its agreement from its kind). Every page that shows the fact is
 * rendered for the reader who sees it: Amina, and Thomas, her référent.
 */
class FactsThatAgreeTest extends KaribuTest {

    private long amina() {
        return TestSignIn.viewer(context, "amina").youngPersonId();
    }

    private Pathway pathway() {
        return context.getBean(PathwayService.class).pathway(TestSignIn.viewer(context, "thomas"), amina());
    }

    private String page(String subject, String location) {
        tearDownVaadin();
        signInAs(subject);
        assertThat(open(location)).as(location).isEqualTo(200);
        return pageText();
    }

    @Test
    void aminasContractDatesAreTheSameOnHerPagesAndHerReferents() {
        Pathway pathway = pathway();
        List<Contract> contracts = pathway.contracts();
        assertThat(contracts).hasSizeGreaterThanOrEqualTo(2);
        Contract current = contracts.getFirst();
        Contract first = contracts.getLast();
        signInAs("amina");
        DateTexts dates = context.getBean(DateTexts.class);
        String currentDates = "Du " + dates.day(current.startsOn()) + " au " + dates.day(current.endsOn());
        // The measure runs from the first contract to the end of the last one.
        String measureDates = "Du " + dates.day(first.startsOn()) + " au " + dates.day(current.endsOn());

        assertThat(page("amina", "contrat-jeune-majeur")).as("her request page").contains(currentDates);
        assertThat(page("amina", "autonomie"))
                .as("her autonomy page")
                .contains("jusqu’au " + dates.day(current.endsOn()));
        assertThat(page("amina", "mesures")).as("her measures").contains(measureDates);
        assertThat(page("thomas", "autonomie-jeune/" + amina()))
                .as("her référent's autonomy file")
                .contains(currentDates);
        assertThat(page("thomas", "jeune/" + amina()))
                .as("her référent's page of her file")
                .contains(measureDates);
    }

    @Test
    void aminasRequestStateIsTheSameOnEveryPage() {
        Pathway pathway = pathway();
        String state = switch (pathway.latestRequest().orElseThrow().status()) {
            case GRANTED -> "Accordée";
            case REFUSED -> "Refusée";
            default -> throw new IllegalStateException("Amina's requests are decided in the demo");
        };
        assertThat(page("amina", "autonomie"))
                .as("her autonomy page: her request was granted, not missing")
                .contains(state)
                .doesNotContain("Pas encore de demande.");
        assertThat(page("amina", "contrat-jeune-majeur")).contains(state);
        assertThat(page("thomas", "autonomie-jeune/" + amina())).contains(state);
    }

    /** An adult's measure is by their own request and agreement, not their parents', wherever it is worded. */
    @Test
    void anAdultsMeasureIsWordedAsByTheirOwnAgreementOnEveryPage() {
        for (String[] reader : new String[][] {{"amina", "mesures"}, {"thomas", "jeune/" + amina()}}) {
            assertThat(page(reader[0], reader[1]))
                    .as("%s on %s", reader[0], reader[1])
                    .contains("Contrat jeune majeur", "à la demande du jeune majeur et avec son accord")
                    .doesNotContain("avec l’accord des parents");
        }
    }

    /** Lina's measures read the same for her, her father and her référente. */
    @Test
    void linasMeasureDatesAreTheSameForHerHerFatherAndHerReferente() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        String hers = measureLines(page("lina", "mesures"));
        assertThat(hers).isNotBlank();
        assertThat(measureLines(page("karim", "mesures"))).isEqualTo(hers);
        assertThat(measureLines(page("claire", "jeune/" + lina))).isEqualTo(hers);
    }

    private static String measureLines(String page) {
        return String.join(
                "\n",
                page.lines()
                        .filter(line -> line.startsWith("Du ")
                                || line.startsWith("Depuis le ")
                                || line.startsWith("Décidée par "))
                        .distinct()
                        .toList());
    }

    /**
     * The measure's own row may say otherwise (imported, or the contract renewed since): the measures page shows the
     * contracts' period and the status it gives, for every reader of the measures.
     */
    @Test
    void theAccompagnementJeuneMajeurTakesItsDatesFromTheContractsNotFromItsRow() {
        PathwayFixtures fixtures = new PathwayFixtures(context);
        PathwayFixtures.Referent referent = fixtures.newReferent();
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        // Named "Parcours": the demo's check that every young person has a measure leaves test people out by this name.
        long young = referent.follow("Parcours", today.minusYears(19));
        context.getBean(DossierImport.class)
                .measures(List.of(DossierImport.NewMeasure.athome(
                        young,
                        MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR,
                        Decider.PRESIDENT_DEPARTEMENT,
                        today.minusYears(3),
                        today.minusYears(2))));
        LocalDate ends = today.plusMonths(5);
        fixtures.contract(young, ends);

        MeasureLine line = context.getBean(MeasureService.class)
                .measures(referent.viewer(), young)
                .measures()
                .getFirst();
        assertThat(line.startsOn()).isEqualTo(ends.minusMonths(6));
        assertThat(line.endsOn()).isEqualTo(ends);
        assertThat(line.status()).isEqualTo(MeasureLine.Status.ACTIVE);
    }

    /** The last day of support reads the same on Lina's home and on her référente's autonomy file. */
    @Test
    void theLastDayOfSupportIsTheSameOnTheHomeAndTheReferentsFile() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        LocalDate birthDate = context.getBean(PathwayService.class)
                .pathway(TestSignIn.viewer(context, "claire"), lina)
                .birthDate();
        signInAs("lina");
        String lastDay = context.getBean(DateTexts.class).day(AutonomyAges.lastDayOfSupport(birthDate));
        assertThat(page("lina", ""))
                .contains("La veille de tes 21 ans : le dernier jour possible de l’accompagnement jeune majeur")
                .contains(lastDay + " · ");
        assertThat(page("claire", "autonomie-jeune/" + lina)).contains("accompagnement possible jusqu’au " + lastDay);
    }
}
