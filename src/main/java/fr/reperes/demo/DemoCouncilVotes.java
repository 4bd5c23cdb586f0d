package fr.reperes.demo;

import fr.reperes.participation.BallotChoice;
import fr.reperes.participation.MajorityRule;
import fr.reperes.participation.NewVote;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.VoteKind;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewProposal;
import fr.reperes.participation.imports.VoteImport;
import fr.reperes.participation.imports.VoteImport.Ballot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The council's votes in the demo: one closed three weeks ago with its results (the weekend sport slots adopted, the
 * later Saturday curfew rejected), and one open for five more days that Mehdi has not cast yet while six others have.
 */
@Component
class DemoCouncilVotes {

    private final CouncilImport councils;
    private final VoteImport votes;
    private final Clock clock;

    DemoCouncilVotes(CouncilImport councils, VoteImport votes, Clock clock) {
        this.councils = councils;
        this.votes = votes;
        this.clock = clock;
    }

    void load(DemoCouncil.Cast cast) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        List<DemoCouncil.Seat> seats = cast.seats();

        long sport = proposal(
                cast,
                seats.get(2),
                "Des créneaux de sport le week-end",
                "Le gymnase est fermé le samedi et le dimanche. Nous demandons deux créneaux encadrés le week-end "
                        + "pour les jeunes des foyers et des familles d’accueil.",
                ProposalTheme.LEISURE_AND_SPORT,
                now.minus(Duration.ofDays(45)));
        long curfew = proposal(
                cast,
                seats.get(3),
                "Rentrer plus tard le samedi soir",
                "Nous proposons que l’heure de retour au foyer soit 23 h le samedi pour les plus de 15 ans.",
                ProposalTheme.DAILY_LIFE,
                now.minus(Duration.ofDays(40)));
        Instant opened = now.minus(Duration.ofDays(28));
        Instant closed = opened.plus(Duration.ofDays(7));
        long past = votes.vote(
                new NewVote(
                        cast.councilId(),
                        "Vote de la séance d’automne",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(sport, curfew),
                        null,
                        opened,
                        closed,
                        50,
                        MajorityRule.SIMPLE),
                opened.minus(Duration.ofDays(2)));
        // Ten of thirteen cast: sport 7 for, 2 against, 1 abstains (adopted); curfew 3 for, 6 against, 1 (rejected).
        BallotChoice[] onSport = {
            BallotChoice.FOR, BallotChoice.FOR, BallotChoice.FOR, BallotChoice.FOR, BallotChoice.FOR,
            BallotChoice.FOR, BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.AGAINST, BallotChoice.ABSTAIN
        };
        BallotChoice[] onCurfew = {
            BallotChoice.AGAINST, BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.AGAINST, BallotChoice.FOR,
            BallotChoice.AGAINST, BallotChoice.ABSTAIN, BallotChoice.AGAINST, BallotChoice.FOR, BallotChoice.AGAINST
        };
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < onSport.length; i++) {
            ballots.add(new Ballot(seats.get(i).mandateId(), Map.of(sport, onSport[i], curfew, onCurfew[i])));
        }
        votes.ballots(past, ballots, opened.plus(Duration.ofDays(3)));
        votes.close(past, closed);

        long wifi = proposal(
                cast,
                seats.get(4),
                "Le wifi dans toutes les chambres",
                "Pour faire nos devoirs et parler à nos proches, nous demandons le wifi dans les chambres, coupé la "
                        + "nuit.",
                ProposalTheme.SCHOOL_AND_WORK,
                now.minus(Duration.ofDays(12)));
        long card = proposal(
                cast,
                seats.get(5),
                "Une carte de bus gratuite dès 14 ans",
                "Pour aller au sport, voir sa famille ou chercher un stage sans dépendre d’un adulte.",
                ProposalTheme.AUTONOMY,
                now.minus(Duration.ofDays(10)));
        Instant opens = now.minus(Duration.ofDays(2));
        long open = votes.vote(
                new NewVote(
                        cast.councilId(),
                        "Vote de la séance d’hiver",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(wifi, card),
                        null,
                        opens,
                        now.plus(Duration.ofDays(5)),
                        50,
                        MajorityRule.SIMPLE),
                opens.minus(Duration.ofDays(1)));
        List<Ballot> soFar = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            soFar.add(new Ballot(
                    seats.get(i).mandateId(),
                    Map.of(
                            wifi,
                            i % 3 == 0 ? BallotChoice.AGAINST : BallotChoice.FOR,
                            card,
                            i % 2 == 0 ? BallotChoice.FOR : BallotChoice.ABSTAIN)));
        }
        votes.ballots(open, soFar, opens.plus(Duration.ofHours(20)));
    }

    private long proposal(
            DemoCouncil.Cast cast,
            DemoCouncil.Seat author,
            String title,
            String body,
            ProposalTheme theme,
            Instant published) {
        return councils.proposal(new NewProposal(
                cast.councilId(),
                author.mandateId(),
                title,
                body,
                theme,
                ProposalStatus.PUBLISHED,
                published.minus(Duration.ofDays(2)),
                published));
    }
}
