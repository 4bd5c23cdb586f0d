package fr.reperes.demo;

import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.imports.AnswerImport;
import fr.reperes.participation.imports.AnswerImport.NewAnswer;
import fr.reperes.participation.imports.AnswerImport.NewProgress;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewProposal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The département's answers to the council's decisions, from the plans' own words: pocket money paid on the young
 * person's account (accepted, under way), wifi in every children's home (under study), a référent one can reach
 * (adopted long ago and still unanswered: yanis sees it late), and a driving licence proposal the council rejected.
 */
@Component
class DemoCouncilAnswers {

    static final String POCKET_MONEY = "L’argent de poche versé sur notre propre compte";
    static final String WIFI = "Le wifi dans tous les foyers et les maisons d’enfants";
    static final String REFERENT = "Un référent joignable quand on en a besoin";
    static final String LICENCE = "Le permis de conduire payé à tous les jeunes de 17 ans";

    private final CouncilImport councils;
    private final AnswerImport answers;
    private final Clock clock;

    DemoCouncilAnswers(CouncilImport councils, AnswerImport answers, Clock clock) {
        this.councils = councils;
        this.answers = answers;
        this.clock = clock;
    }

    void load(DemoCouncil.Cast cast) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        long yanis = Objects.requireNonNull(cast.animateur().accountId(), "the animateur has an account");

        long pocketMoney = adopted(
                cast,
                seat(cast, 2),
                POCKET_MONEY,
                "Aujourd’hui l’argent de poche et l’allocation d’habillement sont donnés en liquide par le foyer. On"
                        + " voudrait les recevoir sur un compte à notre nom, pour apprendre à gérer notre budget avant"
                        + " nos 18 ans.",
                ProposalTheme.AUTONOMY,
                today.minusMonths(5),
                zone);
        answers.answer(new NewAnswer(
                pocketMoney,
                AnswerStatus.ACCEPTED,
                "Service ASE Littoral",
                today.minusMonths(4),
                today.plusMonths(3),
                "Le département versera l’argent de poche et l’allocation d’habillement sur un compte au nom du"
                        + " jeune, dès 16 ans, avec l’accord de son référent. Un essai commence dans deux foyers.",
                yanis,
                at(today.minusMonths(4), zone)));
        answers.progress(new NewProgress(
                pocketMoney,
                "La banque partenaire est choisie ; les comptes s’ouvrent avec une carte sans découvert.",
                25,
                "Choix de la banque",
                yanis,
                at(today.minusMonths(3), zone)));
        answers.progress(new NewProgress(
                pocketMoney,
                "L’essai a commencé dans deux foyers : onze jeunes reçoivent leur argent de poche sur leur compte.",
                50,
                "Essai dans deux foyers",
                yanis,
                at(today.minusWeeks(3), zone)));

        long wifi = adopted(
                cast,
                seat(cast, 4),
                WIFI,
                "Dans certains foyers il n’y a pas de wifi, ou seulement dans le bureau. Pour les devoirs, les"
                        + " démarches et garder le lien avec sa famille, il faudrait un accès dans les chambres, avec des"
                        + " horaires.",
                ProposalTheme.DAILY_LIFE,
                today.minusMonths(3),
                zone);
        answers.answer(new NewAnswer(
                wifi,
                AnswerStatus.UNDER_STUDY,
                "Direction de l’enfance et de la famille",
                today.minusWeeks(6),
                today.plusMonths(2),
                "Le département recense les foyers sans wifi et le coût d’un accès dans les chambres. Il répondra"
                        + " au conseil avant l’été.",
                yanis,
                at(today.minusWeeks(6), zone)));

        adopted(
                cast,
                cast.mehdi().mandateId(),
                REFERENT,
                "Quand on appelle notre référent, souvent personne ne répond et on ne sait pas qui appeler à sa"
                        + " place. On voudrait un numéro où quelqu’un répond, et savoir qui remplace le référent quand il"
                        + " est absent.",
                ProposalTheme.RIGHTS_AND_PARTICIPATION,
                today.minusMonths(4),
                zone);

        long licence = councils.proposal(new NewProposal(
                cast.councilId(),
                seat(cast, 6),
                LICENCE,
                "Le permis coûte cher et sans lui on trouve moins de travail. Le département pourrait le payer à tous"
                        + " les jeunes de l’ASE dès 17 ans.",
                ProposalTheme.SCHOOL_AND_WORK,
                ProposalStatus.REJECTED,
                at(today.minusMonths(7), zone),
                at(today.minusMonths(7).plusDays(3), zone)));
        answers.decided(licence, at(today.minusMonths(6), zone));
    }

    private long adopted(
            DemoCouncil.Cast cast,
            long author,
            String title,
            String body,
            ProposalTheme theme,
            LocalDate decidedOn,
            ZoneId zone) {
        long proposal = councils.proposal(new NewProposal(
                cast.councilId(),
                author,
                title,
                body,
                theme,
                ProposalStatus.ADOPTED,
                at(decidedOn.minusMonths(1), zone),
                at(decidedOn.minusMonths(1).plusDays(2), zone)));
        answers.decided(proposal, at(decidedOn, zone));
        return proposal;
    }

    /** The n-th seat, or the last one of a smaller council. */
    private static long seat(DemoCouncil.Cast cast, int n) {
        return cast.seats().get(Math.min(n, cast.seats().size() - 1)).mandateId();
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(18, 0).atZone(zone).toInstant();
    }
}
