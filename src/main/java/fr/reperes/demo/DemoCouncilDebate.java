package fr.reperes.demo;

import fr.reperes.participation.CouncilModeration;
import fr.reperes.participation.ModerationTarget;
import fr.reperes.participation.ProposalDraft;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.Proposals;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewProposal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The council's debate as its members played it: four proposals published over the last weeks (on the plans'
 * themes: connection in the lieux d'accueil, seeing one's référent, preparing 18, sport in a club), comments and
 * answers, supports, one comment hidden by the animateur with a reason its author reads, and Mehdi's own draft. The
 * published proposals come through the import (their dates are in the past); the debate goes through the services,
 * as the members would write it, so the naming rule checks every comment.
 */
@Component
class DemoCouncilDebate {

    private final CouncilImport councils;
    private final Proposals proposals;
    private final CouncilModeration moderation;
    private final Clock clock;

    DemoCouncilDebate(CouncilImport councils, Proposals proposals, CouncilModeration moderation, Clock clock) {
        this.councils = councils;
        this.proposals = proposals;
        this.moderation = moderation;
        this.clock = clock;
    }

    void load(DemoCouncil.Cast cast) {
        long council = cast.councilId();
        List<DemoCouncil.Seat> seats = cast.seats();
        DemoCouncil.Seat mehdi = cast.mehdi();
        Instant now = clock.instant();

        long wifi = published(
                council,
                seats.get(1),
                "Un wifi qui marche dans tous les lieux d’accueil",
                """
                Dans beaucoup de foyers et de MECS, le wifi est coupé tôt le soir ou ne marche pas dans les chambres. \
                Pour faire nos devoirs, chercher un stage ou appeler notre famille, on a besoin d’une connexion qui \
                marche.

                Nous proposons que chaque lieu d’accueil ait un wifi qui fonctionne jusqu’à 22 h, et que les règles \
                d’usage soient écrites avec les jeunes, au conseil de la vie sociale.""",
                ProposalTheme.DAILY_LIFE,
                now.minus(Duration.ofDays(24)));
        long referent = published(
                council,
                mehdi,
                "Voir son référent au moins tous les deux mois",
                """
                Certains jeunes ne voient leur référent qu’une ou deux fois par an, et apprennent les décisions qui \
                les concernent au dernier moment.

                Nous proposons un rendez-vous au moins tous les deux mois, prévu à l’avance, avec un compte rendu \
                écrit simplement que le jeune peut relire. Quand le référent change, le nouveau devrait venir se \
                présenter dans le mois.""",
                ProposalTheme.RIGHTS_AND_PARTICIPATION,
                now.minus(Duration.ofDays(17)));
        long eighteen = published(
                council,
                seats.get(2),
                "Préparer ses 18 ans dès 16 ans",
                """
                À 18 ans, beaucoup d’entre nous découvrent en même temps le compte en banque, la carte Vitale, la \
                CAF et la recherche d’un logement. C’est trop d’un coup.

                Nous proposons qu’à 16 ans chaque jeune ait un rendez-vous avec la CAF et la CPAM, puisse ouvrir un \
                compte avec son référent, et reçoive une liste simple des papiers à préparer avant 18 ans.""",
                ProposalTheme.AUTONOMY,
                now.minus(Duration.ofDays(10)));
        long sport = published(
                council,
                seats.get(3),
                "S’inscrire dans un club de sport sans attendre des semaines",
                """
                Pour s’inscrire dans un club, il faut souvent une signature qui met des semaines à arriver, et la \
                saison a commencé quand elle arrive.

                Nous proposons que l’inscription à une activité de loisir soit signée par le lieu d’accueil, comme \
                un acte de la vie de tous les jours, et que la licence soit payée dès la rentrée.""",
                ProposalTheme.LEISURE_AND_SPORT,
                now.minus(Duration.ofDays(4)));

        // The debate, written by the members through the services (the naming rule checks each text).
        long cutAtNine = proposals.comment(
                seats.get(4).viewer(),
                council,
                wifi,
                null,
                "Chez moi le wifi est coupé à 21 h, même pendant les examens. Je suis pour.");
        proposals.comment(
                seats.get(1).viewer(),
                council,
                wifi,
                cutAtNine,
                "Merci ! On pourrait demander des horaires plus tard pendant les révisions.");
        proposals.comment(
                mehdi.viewer(),
                council,
                wifi,
                null,
                "Il faudrait aussi un ordinateur dans la salle commune, tout le monde n’a pas de téléphone qui marche bien.");
        long changed = proposals.comment(
                seats.get(5).viewer(),
                council,
                referent,
                null,
                "J’ai changé trois fois de référent en deux ans. À chaque fois il faut tout réexpliquer.");
        proposals.comment(
                seats.get(2).viewer(),
                council,
                referent,
                changed,
                "Pareil pour moi. Un compte rendu de chaque rendez-vous aiderait le suivant à savoir où on en est.");
        proposals.comment(
                mehdi.viewer(),
                council,
                referent,
                changed,
                "Oui, et on pourrait le lire sur Repères avant le rendez-vous suivant.");
        long mocking = proposals.comment(
                seats.get(6).viewer(),
                council,
                eighteen,
                null,
                "Ceux qui proposent ça ne savent pas ce que c’est, franchement c’est nul.");
        moderation.hide(
                cast.animateur(),
                council,
                ModerationTarget.COMMENT,
                mocking,
                "Tu as le droit de ne pas être d’accord, mais sans te moquer des autres. Dis plutôt ce que tu "
                        + "proposerais à la place.");
        proposals.comment(
                seats.get(7).viewer(),
                council,
                eighteen,
                null,
                "Le rendez-vous à la CAF à 16 ans, c’est une très bonne idée. Moi je ne savais pas qu’on y avait droit.");
        proposals.comment(
                seats.get(8).viewer(),
                council,
                sport,
                null,
                "L’an dernier ma licence est arrivée en novembre, j’ai raté tous les matchs du début.");

        for (int seat = 2; seat <= 8; seat++) {
            proposals.support(seats.get(seat).viewer(), council, wifi, true);
        }
        for (int seat : new int[] {1, 3, 4, 5}) {
            proposals.support(seats.get(seat).viewer(), council, referent, true);
        }
        proposals.support(mehdi.viewer(), council, eighteen, true);
        proposals.support(seats.get(5).viewer(), council, eighteen, true);
        proposals.support(seats.get(9).viewer(), council, sport, true);

        // Mehdi's own draft, that nobody else sees.
        proposals.saveDraft(
                mehdi.viewer(),
                council,
                null,
                new ProposalDraft(
                        "Un livret d’accueil écrit avec des jeunes", """
                        Quand on arrive dans un foyer, on reçoit beaucoup de papiers et on ne comprend pas tout.

                        Je propose que le livret d’accueil soit réécrit avec des jeunes du conseil, en mots \
                        simples, avec les numéros utiles (119, Défenseur des droits) et qu’il puisse être écouté.""", ProposalTheme.RIGHTS_AND_PARTICIPATION));
    }

    private long published(
            long council,
            DemoCouncil.Seat author,
            String title,
            String body,
            ProposalTheme theme,
            Instant publishedAt) {
        return councils.proposal(new NewProposal(
                council,
                author.mandateId(),
                title,
                body,
                theme,
                ProposalStatus.PUBLISHED,
                publishedAt.minus(Duration.ofDays(2)),
                publishedAt));
    }
}
