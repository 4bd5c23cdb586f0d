package fr.reperes.autonomy.pathway;

import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.interview.Interview;
import fr.reperes.autonomy.project.AutonomyProject;
import fr.reperes.autonomy.request.Contract;
import fr.reperes.autonomy.request.YoungAdultRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a young person stands on the road to autonomy after the grid: the entretien des 17 ans, the latest projet,
 * their requests for a contrat jeune majeur (newest first) and their contracts (newest first).
 */
public record Pathway(
        long youngPersonId,
        String firstName,
        LocalDate birthDate,
        LocalDate today,
        @Nullable Interview interview,
        @Nullable AutonomyProject project,
        List<YoungAdultRequest> requests,
        List<Contract> contracts) {

    public Optional<YoungAdultRequest> openRequest() {
        return requests.stream().filter(r -> !r.status().decided()).findFirst();
    }

    /**
     * The request whose state the pages show: the one on its way, else the latest decided one. The young person's
     * summary, the request page and the référent's list all speak of this one.
     */
    public Optional<YoungAdultRequest> latestRequest() {
        return openRequest().or(() -> requests.stream().findFirst());
    }

    public Optional<Contract> currentContract() {
        return contracts.stream().findFirst();
    }

    public boolean interviewDue() {
        return AutonomyAges.interviewDue(birthDate, today) && (interview == null || !interview.held());
    }

    public boolean requestPossible() {
        return AutonomyAges.youngAdultRequestPossible(birthDate, today);
    }

    /**
     * The day of the follow-up interview, six months after leaving care (the end of the last contract, or 18 without
     * one); empty while the young person is still in care.
     */
    public Optional<LocalDate> followUpOn() {
        if (!AutonomyAges.adult(birthDate, today)) {
            return Optional.empty();
        }
        LocalDate lastEnd = currentContract().map(Contract::endsOn).orElse(null);
        if (lastEnd != null && !lastEnd.isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(AutonomyAges.followUpInterviewOn(AutonomyAges.leftCareOn(birthDate, lastEnd)));
    }

    /** The latest contract ends within two months and no request to renew it is on its way: time to ask again. */
    public boolean renewalPrompt() {
        return currentContract()
                .filter(c -> AutonomyAges.contractEndingSoon(c.endsOn(), today))
                .filter(c -> c.endsOn().isBefore(AutonomyAges.lastDayOfSupport(birthDate)))
                .filter(c -> requests.stream()
                        .noneMatch(r ->
                                Objects.equals(r.renewalOfContractId(), c.id()) && r.status() != RequestStatus.DRAFT))
                .isPresent();
    }
}
