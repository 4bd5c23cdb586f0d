package fr.reperes.demo;

import fr.reperes.autonomy.Assessment;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.AutonomyLevel;
import fr.reperes.autonomy.AutonomyService;
import fr.reperes.autonomy.NewContract;
import fr.reperes.autonomy.NewStep;
import fr.reperes.autonomy.PathwayService;
import fr.reperes.autonomy.ProjectAction;
import fr.reperes.autonomy.ProjectDraft;
import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.StepStatus;
import fr.reperes.autonomy.YoungAdultRequests;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The personas' road to autonomy. Lina (17, 18 in five months) has filled part of her grid and has her entretien
 * des 17 ans in three weeks, but no request yet: she is on Claire's alert list. Amina (19) had her entretien and her
 * projet at 17, a first contract at 18, renewed two months ago; she reads its next review.
 */
@Component
class DemoAutonomy {

    private final AutonomyService autonomy;
    private final PathwayService pathways;
    private final YoungAdultRequests requests;
    private final Clock clock;

    DemoAutonomy(AutonomyService autonomy, PathwayService pathways, YoungAdultRequests requests, Clock clock) {
        this.autonomy = autonomy;
        this.pathways = pathways;
        this.requests = requests;
        this.clock = clock;
    }

    void load(long departementId, Viewer claire, long lina, Viewer thomas, Viewer amina, long aminaId,
              LocalDate aminaBirthDate) {
        LocalDate today = LocalDate.now(clock);
        Long caf = autonomy.partnerOfKind(departementId, "CAF").orElse(null);
        Long missionLocale = autonomy.partnerOfKind(departementId, "MISSION_LOCALE").orElse(null);
        autonomy.importSpace(lina,
                List.of(new Assessment(AutonomyDomain.HOUSING, AutonomyLevel.NEED_HELP,
                                "Je ne sais pas où j’habiterai après la MECS. J’aimerais un FJT près de mon lycée."),
                        new Assessment(AutonomyDomain.MONEY, AutonomyLevel.LEARNING,
                                "Je fais mon budget avec mon éducatrice, mais je n’ai pas de compte à mon nom.")),
                List.of(new NewStep(AutonomyDomain.MONEY, "Ouvrir un compte bancaire", today.plusMonths(1),
                                "Sophie, mon éducatrice", caf),
                        new NewStep(AutonomyDomain.TRAINING_WORK, "Rencontrer la mission locale", today.plusWeeks(6),
                                null, missionLocale)),
                List.of(StepStatus.IN_PROGRESS, StepStatus.TODO));
        pathways.importInterview(claire, lina, new NewMeeting(MeetingKind.INTERVIEW,
                        today.plusDays(20).atTime(14, 0), "Maison du Département, 8 rue Faidherbe, Calais",
                        "Lina, Claire Martin (référente)", null),
                "Finir mon CAP et trouver un logement à moi.", null, null);

        // Amina: entretien and projet at 17, then two contracts; her current one ends in ten months.
        LocalDate eighteen = aminaBirthDate.plusYears(18);
        LocalDate interviewDay = aminaBirthDate.plusYears(17).plusMonths(2);
        pathways.importInterview(thomas, aminaId, new NewMeeting(MeetingKind.INTERVIEW, interviewDay.atTime(10, 0),
                        "Service ASE Littoral", "Amina, Thomas Roux (référent)", null),
                "Devenir aide-soignante.", "Est-ce que je pourrai garder ma chambre ?", interviewDay);
        pathways.importProject(thomas, aminaId, interviewDay.plusMonths(12), new ProjectDraft(null,
                        Map.of(AutonomyDomain.TRAINING_WORK, "Entrer en formation d’aide-soignante à la rentrée.",
                                AutonomyDomain.HOUSING, "Trouver une place en foyer de jeunes travailleurs.",
                                AutonomyDomain.HEALTH, "Avoir sa carte Vitale et une complémentaire santé."),
                        List.of(new ProjectAction(AutonomyDomain.HEALTH, "Demander la carte Vitale à la CPAM",
                                        "Amina, avec Thomas", interviewDay.plusMonths(2)),
                                new ProjectAction(AutonomyDomain.HOUSING, "Déposer un dossier au FJT", "Thomas",
                                        interviewDay.plusMonths(4)))),
                interviewDay.plusDays(10).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant());
        Map<RequestStatus, LocalDate> first = new LinkedHashMap<>();
        first.put(RequestStatus.SUBMITTED, eighteen.minusMonths(4));
        first.put(RequestStatus.IN_COMMISSION, eighteen.minusMonths(2));
        first.put(RequestStatus.GRANTED, eighteen.minusMonths(2));
        Long firstContract = requests.importRequest(amina, thomas, aminaId, null, new RequestDraft(
                        "Finir ma formation d’aide-soignante et trouver un logement.", true, true, true, ""),
                first, null, new NewContract("Suivre la formation d’aide-soignante ; entrer en FJT.", eighteen,
                        today.minusMonths(2).minusDays(1), eighteen.plusMonths(6)));
        Map<RequestStatus, LocalDate> renewal = new LinkedHashMap<>();
        renewal.put(RequestStatus.SUBMITTED, today.minusMonths(4));
        renewal.put(RequestStatus.UNDER_REVIEW, today.minusMonths(3));
        renewal.put(RequestStatus.GRANTED, today.minusMonths(2).minusDays(7));
        requests.importRequest(amina, thomas, aminaId, firstContract, new RequestDraft(
                        "Obtenir mon diplôme et mon premier emploi ; garder ma place au FJT.", false, true, true,
                        ""), renewal, null,
                new NewContract("Obtenir le diplôme d’aide-soignante ; chercher un emploi avec la mission locale ; "
                        + "préparer la sortie du FJT.", today.minusMonths(2), today.plusMonths(10),
                        today.plusMonths(1)));
    }
}
