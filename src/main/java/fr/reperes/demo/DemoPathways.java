package fr.reperes.demo;

import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.AutonomyLevel;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.imports.AutonomyImport;
import fr.reperes.autonomy.imports.AutonomyImport.NewAssessment;
import fr.reperes.autonomy.imports.AutonomyImport.NewContract;
import fr.reperes.autonomy.imports.AutonomyImport.NewInterview;
import fr.reperes.autonomy.imports.AutonomyImport.NewPathway;
import fr.reperes.autonomy.imports.AutonomyImport.NewRequest;
import fr.reperes.autonomy.imports.AutonomyImport.RequestStep;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.VisitingRights;
import fr.reperes.dossier.imports.DossierImport.NewMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The autonomy pathway of the generated young people aged 16 to 20, so that the ODPE's figures have something to
 * count over the last three years: a grid for most, the entretien des 17 ans held in time for a little over half,
 * a request before 18 for about four in five, contracts and renewals, refusals, and about one in five who left at 18
 * with nothing (a sortie sèche). Texts come from {@code demo/pathways.json}. Its own seed, so that the rest of the
 * generated population stays as it was.
 */
@Component
class DemoPathways {

    private static final long SEED = 20_220_207L; // loi du 7 février 2022 (accompagnement des jeunes majeurs)

    private final AutonomyImport autonomy;

    DemoPathways(AutonomyImport autonomy) {
        this.autonomy = autonomy;
    }

    /** A generated young person, as the pathway needs them. */
    record Person(long id, String name, String referentName, LocalDate birthDate) {}

    /** The pathways, and the measures of the young adults that follow from them. */
    record Generated(List<NewPathway> pathways, List<NewMeasure> adultMeasures) {}

    record Texts(List<String> places, List<String> plans, List<String> objectives, List<String> refusalReasons) {}

    Generated generate(List<Person> people, LocalDate today) {
        Texts texts = read();
        Random random = new Random(SEED);
        List<NewPathway> pathways = new ArrayList<>();
        List<NewMeasure> adultMeasures = new ArrayList<>();
        for (Person person : people) {
            LocalDate birth = person.birthDate();
            if (!AutonomyAges.spaceOpen(birth, today)) {
                continue;
            }
            List<NewAssessment> grid = grid(random, birth, today);
            NewInterview interview = interview(random, texts, birth, today);
            List<NewRequest> requests = requests(random, texts, birth, today);
            if (!grid.isEmpty() || interview != null || !requests.isEmpty()) {
                pathways.add(
                        new NewPathway(person.id(), person.name(), person.referentName(), grid, interview, requests));
            }
            if (AutonomyAges.adult(birth, today)) {
                adultMeasures.addAll(adultMeasures(random, person, requests));
            }
        }
        return new Generated(pathways, adultMeasures);
    }

    void load(Generated generated) {
        autonomy.pathways(generated.pathways());
    }

    /** Two in three filled part of their grid, some time after the space opened. */
    private static List<NewAssessment> grid(Random random, LocalDate birth, LocalDate today) {
        if (random.nextInt(100) >= 65) {
            return List.of();
        }
        LocalDate opened = AutonomyAges.spaceOpensOn(birth);
        long days = ChronoUnit.DAYS.between(opened, today);
        List<AutonomyDomain> domains = new ArrayList<>(List.of(AutonomyDomain.values()));
        Collections.shuffle(domains, random);
        List<NewAssessment> grid = new ArrayList<>();
        for (AutonomyDomain domain : domains.subList(0, 2 + random.nextInt(domains.size() - 1))) {
            int roll = random.nextInt(100);
            AutonomyLevel level =
                    roll < 35 ? AutonomyLevel.CAN_DO : roll < 75 ? AutonomyLevel.LEARNING : AutonomyLevel.NEED_HELP;
            grid.add(new NewAssessment(
                    domain, level, opened.plusDays(random.nextLong(days + 1)).atTime(18, 0)));
        }
        return grid;
    }

    /**
     * Held before 17 and a half for 58 %, between 17 and a half and 18 for 20 %, never for the rest. An entretien to
     * come is scheduled a few weeks ahead, and a week from today at the soonest, so that no meeting reminder goes out
     * while the demo starts.
     */
    private static @Nullable NewInterview interview(Random random, Texts texts, LocalDate birth, LocalDate today) {
        int roll = random.nextInt(100);
        LocalDate on;
        if (roll < 58) {
            on = birth.plusYears(17).plusDays(30 + random.nextInt(150));
        } else if (roll < 78) {
            on = AutonomyAges.seventeenAndAHalf(birth).plusDays(1 + random.nextInt(150));
        } else {
            return null;
        }
        String place = pick(random, texts.places());
        LocalDate scheduledOn = on.minusDays(14 + random.nextInt(30));
        if (scheduledOn.isAfter(today)) {
            return null;
        }
        if (on.isBefore(today)) {
            return new NewInterview(on.atTime(14, 0), place, scheduledOn.atTime(11, 0), on);
        }
        LocalDate meetingOn = on.isBefore(today.plusDays(7)) ? today.plusDays(7) : on;
        return new NewInterview(meetingOn.atTime(14, 0), place, scheduledOn.atTime(11, 0), null);
    }

    /**
     * A first request submitted before 18 for 80 %, after 18 for 5 % (too late: they left with nothing first), none
     * for 15 %; then, while a contract ends well before 21, a renewal for about two in three.
     */
    private static List<NewRequest> requests(Random random, Texts texts, LocalDate birth, LocalDate today) {
        LocalDate eighteen = birth.plusYears(18);
        LocalDate lastDay = birth.plusYears(21).minusDays(1);
        int roll = random.nextInt(100);
        LocalDate submitted;
        if (roll < 80) {
            submitted = eighteen.minusDays(15 + random.nextInt(135));
        } else if (roll < 85) {
            submitted = eighteen.plusDays(5 + random.nextInt(115));
        } else {
            return List.of();
        }
        List<NewRequest> requests = new ArrayList<>();
        NewRequest request = request(random, texts, false, submitted, eighteen, lastDay, today);
        while (request != null) {
            requests.add(request);
            NewContract contract = request.contract();
            if (contract == null || !contract.endsOn().isBefore(lastDay.minusDays(60)) || random.nextInt(100) >= 65) {
                break;
            }
            request = request(
                    random,
                    texts,
                    true,
                    contract.endsOn().minusDays(20 + random.nextInt(40)),
                    contract.endsOn().plusDays(1),
                    lastDay,
                    today);
        }
        return requests;
    }

    /** One request's steps up to today; null when it was not even drafted yet. */
    private static @Nullable NewRequest request(
            Random random,
            Texts texts,
            boolean renewal,
            LocalDate submittedOn,
            LocalDate startsAtTheEarliest,
            LocalDate lastDay,
            LocalDate today) {
        LocalDate created = submittedOn.minusDays(7 + random.nextInt(54));
        LocalDate reviewedOn = submittedOn.plusDays(2 + random.nextInt(9));
        boolean commission = random.nextInt(100) < 70;
        LocalDate commissionOn = reviewedOn.plusDays(14 + random.nextInt(30));
        LocalDate decidedOn = commission
                ? commissionOn.plusDays(7 + random.nextInt(14))
                : reviewedOn.plusDays(7 + random.nextInt(20));
        boolean granted = random.nextInt(100) < (renewal ? 85 : 80);
        int months = random.nextInt(100) < 60 ? 12 : 6;
        String plans = pick(random, texts.plans());
        String objectives = pick(random, texts.objectives());
        String reasons = pick(random, texts.refusalReasons());
        boolean housing = random.nextInt(100) < 60;
        boolean allowance = random.nextInt(100) < 70;
        if (created.isAfter(today)) {
            return null;
        }
        List<RequestStep> steps = new ArrayList<>();
        steps.add(new RequestStep(RequestStatus.DRAFT, created));
        addIfPast(steps, RequestStatus.SUBMITTED, submittedOn, today);
        addIfPast(steps, RequestStatus.UNDER_REVIEW, reviewedOn, today);
        if (commission) {
            addIfPast(steps, RequestStatus.IN_COMMISSION, commissionOn, today);
        }
        addIfPast(steps, granted ? RequestStatus.GRANTED : RequestStatus.REFUSED, decidedOn, today);
        RequestStatus status = steps.getLast().status();
        NewContract contract = null;
        if (status == RequestStatus.GRANTED) {
            LocalDate startsOn = decidedOn.isAfter(startsAtTheEarliest) ? decidedOn : startsAtTheEarliest;
            LocalDate endsOn = startsOn.plusMonths(months).minusDays(1);
            endsOn = endsOn.isAfter(lastDay) ? lastDay : endsOn;
            LocalDate review = startsOn.plusMonths(months / 2);
            contract = new NewContract(objectives, startsOn, endsOn, review.isAfter(endsOn) ? endsOn : review);
        }
        return new NewRequest(
                renewal,
                plans,
                housing,
                allowance,
                true,
                steps,
                status == RequestStatus.REFUSED ? reasons : null,
                contract);
    }

    /** The steps' days only go forward, so once one is still to come, so are the next ones. */
    private static void addIfPast(List<RequestStep> steps, RequestStatus status, LocalDate on, LocalDate today) {
        if (!on.isAfter(today)) {
            steps.add(new RequestStep(status, on));
        }
    }

    /**
     * A young adult's placement ended on their 18th birthday; only those with a contract have an accompagnement
     * jeune majeur, from their first contract's start to their last one's end.
     */
    private static List<NewMeasure> adultMeasures(Random random, Person person, List<NewRequest> requests) {
        LocalDate eighteen = person.birthDate().plusYears(18);
        LocalDate placedOn = eighteen.minusDays(365 + random.nextInt(5 * 365));
        PlacementKind where = random.nextInt(10) < 6
                ? PlacementKind.FAMILLE_ACCUEIL
                : random.nextInt(4) < 3 ? PlacementKind.MECS : PlacementKind.FOYER_ENFANCE;
        int number = 1 + random.nextInt(400);
        List<NewMeasure> measures = new ArrayList<>();
        measures.add(new NewMeasure(
                person.id(),
                MeasureKind.PLACEMENT_JUDICIAIRE,
                Decider.JUGE_DES_ENFANTS,
                placedOn,
                placedOn,
                eighteen,
                where,
                where == PlacementKind.FAMILLE_ACCUEIL
                        ? "Assistant familial n° " + number
                        : "Établissement n° " + number,
                number + " rue de la République, 62000 Arras",
                null,
                random.nextBoolean() ? VisitingRights.FREE : VisitingRights.ACCOMPANIED,
                null));
        List<NewContract> contracts = requests.stream()
                .map(NewRequest::contract)
                .filter(Objects::nonNull)
                .toList();
        if (!contracts.isEmpty()) {
            measures.add(NewMeasure.athome(
                    person.id(),
                    MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR,
                    Decider.PRESIDENT_DEPARTEMENT,
                    contracts.getFirst().startsOn(),
                    contracts.getLast().endsOn()));
        }
        return measures;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Texts read() {
        try (InputStream in = DemoPathways.class.getResourceAsStream("/demo/pathways.json")) {
            return JsonMapper.builder().build().readValue(in, Texts.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo/pathways.json cannot be read", e);
        }
    }
}
