package fr.reperes.autonomy.pathway;

import static fr.reperes.autonomy.pathway.AutonomyFamilyTexts.*;

import fr.reperes.autonomy.Assessment;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.ProjectAction;
import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.grid.AutonomyStep;
import fr.reperes.autonomy.grid.Partner;
import fr.reperes.autonomy.interview.Interview;
import fr.reperes.autonomy.project.AutonomyProject;
import fr.reperes.autonomy.request.Contract;
import fr.reperes.autonomy.request.RequestDocument;
import fr.reperes.autonomy.request.RequestTransition;
import fr.reperes.autonomy.request.YoungAdultRequest;
import fr.reperes.dossier.FamilyFilter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a parent under an anonymity order reads of the pathway: each text that names the placement, or was withheld
 * at a recheck, is left out (a step or an action whole, a text as absent).
 */
public final class PathwayWithheld {

    private PathwayWithheld() {}

    public static Pathway pathway(FamilyFilter filter, Pathway p) {
        if (!filter.active()) {
            return p;
        }
        Interview i = p.interview();
        Interview interview = i == null
                ? null
                : new Interview(
                        i.id(),
                        i.meetingId(),
                        i.startsAt(),
                        filter.show("meeting.place", i.meetingId(), i.place()),
                        i.scheduledByName(),
                        filter.show(WISHES, i.id(), i.wishes()),
                        filter.show(QUESTIONS, i.id(), i.questions()),
                        i.sharedWithParents(),
                        i.preparedAt(),
                        i.heldOn());
        List<YoungAdultRequest> requests =
                p.requests().stream().map(r -> request(filter, r)).toList();
        List<Contract> contracts = p.contracts().stream()
                .map(c -> new Contract(
                        c.id(),
                        c.requestId(),
                        c.renewsContractId(),
                        filter.show(OBJECTIVES, c.id(), c.objectives()),
                        c.startsOn(),
                        c.endsOn(),
                        c.nextReviewOn()))
                .toList();
        return new Pathway(
                p.youngPersonId(),
                p.firstName(),
                p.birthDate(),
                p.today(),
                interview,
                project(filter, p.project()),
                requests,
                contracts);
    }

    public static @Nullable AutonomyProject project(FamilyFilter filter, @Nullable AutonomyProject project) {
        if (project == null || !filter.active()) {
            return project;
        }
        Map<AutonomyDomain, String> goals = new EnumMap<>(AutonomyDomain.class);
        project.goals().forEach((domain, text) -> {
            if (!filter.hides(GOALS, project.id() + "." + domain.name(), text)) {
                goals.put(domain, text);
            }
        });
        List<ProjectAction> actions = new ArrayList<>();
        for (int n = 0; n < project.actions().size(); n++) {
            ProjectAction a = project.actions().get(n);
            String key = project.id() + "." + n;
            if (!filter.hides(PROJECT_WHAT, key, a.what()) && !filter.hides(PROJECT_WHO, key, a.who())) {
                actions.add(a);
            }
        }
        return new AutonomyProject(
                project.id(), project.carePlanVersionId(), project.recordedAt(), project.authorName(), goals, actions);
    }

    public static List<AutonomyStep> steps(FamilyFilter filter, List<AutonomyStep> steps) {
        if (!filter.active()) {
            return steps;
        }
        return steps.stream()
                .filter(s -> !filter.hides(STEP_TITLE, s.id(), s.title()))
                .map(s -> new AutonomyStep(
                        s.id(),
                        s.domain(),
                        s.title(),
                        s.status(),
                        s.dueOn(),
                        filter.show(STEP_HELPER, s.id(), s.helper()),
                        partner(filter, s.partner())))
                .toList();
    }

    /**
     * A partner of the directory is public, but the one a step names may be where the young person lives (a foyer de
     * jeunes travailleurs): its name, address or phone naming the placement keeps it from the parent.
     */
    private static @Nullable Partner partner(FamilyFilter filter, @Nullable Partner partner) {
        if (partner == null) {
            return null;
        }
        String visible = String.join(
                " ",
                Objects.toString(partner.name(), ""),
                Objects.toString(partner.address(), ""),
                Objects.toString(partner.phone(), ""));
        return filter.hides("partner", partner.id(), visible) ? null : partner;
    }

    public static Assessment assessment(FamilyFilter filter, Assessment a) {
        return new Assessment(
                a.domain(),
                a.level(),
                filter.show(ASSESSMENT_COMMENT, a.domain().name(), a.comment()),
                a.sharedWithParents());
    }

    private static YoungAdultRequest request(FamilyFilter filter, YoungAdultRequest r) {
        RequestDraft c = r.content();
        RequestDraft content = new RequestDraft(
                nz(filter.show(PLANS, r.id(), c.plans())),
                c.housing(),
                c.allowance(),
                c.educationalSupport(),
                nz(filter.show(OTHER_SUPPORT, r.id(), c.otherSupport())),
                c.sharedWithParents());
        List<RequestTransition> history = r.history().stream()
                .map(t -> new RequestTransition(
                        t.from(),
                        t.to(),
                        t.effectiveOn(),
                        t.occurredAt(),
                        t.actorName(),
                        t.actorRole(),
                        filter.show(NOTE, "?", t.note())))
                .toList();
        List<RequestDocument> documents = r.documents().stream()
                .filter(d ->
                        !filter.hides(FILE_NAME, d.id(), d.fileName()) && !filter.hides(REQUEST_DOCUMENT, d.id(), null))
                .toList();
        return new YoungAdultRequest(
                r.id(),
                r.renewalOfContractId(),
                r.status(),
                content,
                r.submittedOn(),
                r.commissionOn(),
                r.decidedOn(),
                filter.show(REFUSAL_REASONS, r.id(), r.refusalReasons()),
                history,
                documents,
                r.wordsWithheld());
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
