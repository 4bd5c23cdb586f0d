package fr.reperes.demo;

import fr.reperes.autonomy.Assessment;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.NewStep;
import fr.reperes.autonomy.ProjectAction;
import fr.reperes.autonomy.ProjectDraft;
import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.StepStatus;
import fr.reperes.autonomy.imports.AutonomyImport;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.identity.Viewer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The personas' road to autonomy. Lina (17, 18 in five months) has filled part of her grid and has her entretien
 * des 17 ans in three weeks, but no request yet: she is on Claire's alert list. Amina (19) had her entretien and her
 * projet at 17, a first contract at 18, renewed two months ago; she reads its next review.
 */
@Component
class DemoAutonomy {

    private final AutonomyImport imports;
    private final Clock clock;

    DemoAutonomy(AutonomyImport imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    record File(Person lina, Person amina) {}

    record Person(
            List<Assessment> grid,
            List<Step> steps,
            InterviewText interview,
            ProjectText project,
            List<RequestText> requests) {}

    record Step(
            AutonomyDomain domain, String title, int dueInDays, String helper, String partnerKind, StepStatus status) {}

    record InterviewText(String place, String invited, String wishes, String questions) {}

    record ProjectText(Map<AutonomyDomain, String> goals, List<ActionText> actions) {}

    record ActionText(AutonomyDomain domain, String what, String who, int dueInMonths) {}

    record RequestText(
            String plans, boolean housing, boolean allowance, boolean educationalSupport, String objectives) {

        RequestDraft draft() {
            return new RequestDraft(plans, housing, allowance, educationalSupport, "");
        }
    }

    void load(
            long departementId,
            Viewer claire,
            long lina,
            Viewer thomas,
            Viewer amina,
            long aminaId,
            LocalDate aminaBirthDate) {
        File file = read();
        LocalDate today = LocalDate.now(clock);
        imports.space(
                lina,
                file.lina().grid(),
                file.lina().steps().stream()
                        .map(step -> new NewStep(
                                step.domain(),
                                step.title(),
                                today.plusDays(step.dueInDays()),
                                step.helper(),
                                imports.partnerOfKind(departementId, step.partnerKind())
                                        .orElse(null)))
                        .toList(),
                file.lina().steps().stream().map(Step::status).toList());
        InterviewText linaInterview = file.lina().interview();
        imports.interview(
                claire,
                lina,
                new NewMeeting(
                        MeetingKind.INTERVIEW,
                        today.plusDays(20).atTime(14, 0),
                        linaInterview.place(),
                        linaInterview.invited(),
                        null),
                linaInterview.wishes(),
                linaInterview.questions(),
                null);

        // Amina: entretien and projet at 17, then two contracts; her current one ends in ten months.
        LocalDate eighteen = aminaBirthDate.plusYears(18);
        LocalDate interviewDay = aminaBirthDate.plusYears(17).plusMonths(2);
        InterviewText aminaInterview = file.amina().interview();
        imports.interview(
                thomas,
                aminaId,
                new NewMeeting(
                        MeetingKind.INTERVIEW,
                        interviewDay.atTime(10, 0),
                        aminaInterview.place(),
                        aminaInterview.invited(),
                        null),
                aminaInterview.wishes(),
                aminaInterview.questions(),
                interviewDay);
        ProjectText project = file.amina().project();
        imports.project(
                thomas,
                aminaId,
                interviewDay.plusMonths(12),
                new ProjectDraft(
                        null,
                        project.goals(),
                        project.actions().stream()
                                .map(a -> new ProjectAction(
                                        a.domain(), a.what(), a.who(), interviewDay.plusMonths(a.dueInMonths())))
                                .toList()),
                interviewDay.plusDays(10).atStartOfDay(clock.getZone()).toInstant());
        RequestText firstText = file.amina().requests().get(0);
        Map<RequestStatus, LocalDate> first = new LinkedHashMap<>();
        first.put(RequestStatus.SUBMITTED, eighteen.minusMonths(4));
        first.put(RequestStatus.IN_COMMISSION, eighteen.minusMonths(2));
        first.put(RequestStatus.GRANTED, eighteen.minusMonths(2));
        Long firstContract = imports.request(
                amina,
                thomas,
                aminaId,
                null,
                firstText.draft(),
                first,
                null,
                new AutonomyImport.NewContract(
                        firstText.objectives(), eighteen, today.minusMonths(2).minusDays(1), eighteen.plusMonths(6)));
        RequestText renewalText = file.amina().requests().get(1);
        Map<RequestStatus, LocalDate> renewal = new LinkedHashMap<>();
        renewal.put(RequestStatus.SUBMITTED, today.minusMonths(4));
        renewal.put(RequestStatus.UNDER_REVIEW, today.minusMonths(3));
        renewal.put(RequestStatus.GRANTED, today.minusMonths(2).minusDays(7));
        imports.request(
                amina,
                thomas,
                aminaId,
                firstContract,
                renewalText.draft(),
                renewal,
                null,
                new AutonomyImport.NewContract(
                        renewalText.objectives(), today.minusMonths(2), today.plusMonths(10), today.plusMonths(1)));
    }

    private static File read() {
        try (InputStream in = DemoAutonomy.class.getResourceAsStream("/demo/autonomy.json")) {
            return JsonMapper.builder().build().readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo/autonomy.json cannot be read", e);
        }
    }
}
