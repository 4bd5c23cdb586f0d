package fr.reperes.demo;

import fr.reperes.access.ParentalAuthority;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.imports.ContentImport;
import fr.reperes.content.imports.DefaultContent;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.VisitingRights;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewMeasure;
import fr.reperes.dossier.imports.DossierImport.NewParent;
import fr.reperes.dossier.imports.DossierImport.NewParentLink;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second département, "Azur", so that the demo shows content belonging to a département: it starts from what
 * Repères ships, then rewrites its placement livret (its own numbers, its own way of sharing the synthèse, a page
 * of its own about its Maison des familles). Its admin (agnes), a young person placed there (noe) and his father
 * (farid) sign in at the dev login; none of them sees the demo département's content, nor its people theirs.
 */
@Component
class DemoAzur {

    static final String CODE = "AZUR";
    static final String PLACEMENT = "WELCOME_PLACEMENT";
    static final String PUBLISHER = "Agnès Viale";

    private final DossierImport dossier;
    private final AccountDirectory accounts;
    private final DefaultContent defaults;
    private final ContentImport content;
    private final Clock clock;

    DemoAzur(
            DossierImport dossier,
            AccountDirectory accounts,
            DefaultContent defaults,
            ContentImport content,
            Clock clock) {
        this.dossier = dossier;
        this.accounts = accounts;
        this.defaults = defaults;
        this.content = content;
        this.clock = clock;
    }

    @Transactional
    void load() {
        if (dossier.departementId(CODE).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long dep = dossier.departement(CODE, "Département d’Azur (démonstration)");
        long territory = dossier.territory(dep, "Riviera");
        long service = dossier.service(dep, territory, "Service ASE Riviera", "04 93 00 10 00");
        long julien = dossier.professional(
                dep, service, "Julien", "Ferrero", "Référent ASE", "julien.ferrero@azur.reperes.fr", "04 93 00 10 21");
        long agnes = dossier.professional(
                dep, null, "Agnès", "Viale", "Administratrice du portail", "agnes.viale@azur.reperes.fr", null);
        long noe = dossier.youngPeople(
                        dep,
                        List.of(new NewYoungPerson(
                                territory,
                                "Noé",
                                "Rinaldi",
                                today.minusYears(14).minusMonths(7),
                                julien,
                                false)))
                .getFirst();
        long farid = dossier.parents(
                        dep, List.of(new NewParent("Farid", "Rinaldi", "farid@azur.reperes.fr", "06 00 00 10 01")))
                .getFirst();
        dossier.parentLinks(List.of(new NewParentLink(noe, farid, Kinship.FATHER, ParentalAuthority.HOLDS, false)));
        dossier.measures(List.of(new NewMeasure(
                noe,
                MeasureKind.PLACEMENT_JUDICIAIRE,
                Decider.JUGE_DES_ENFANTS,
                today.minusMonths(3),
                today.minusMonths(3),
                today.plusMonths(21),
                PlacementKind.FAMILLE_ACCUEIL,
                "Famille d’accueil Ricci",
                "12 avenue des Mimosas, 06000 Nice",
                "04 93 00 30 00",
                VisitingRights.FREE,
                "un week-end sur deux")));

        link(accounts.create(NewAccount.youngPerson(dep, "Noé Rinaldi", noe)), "noe");
        link(accounts.create(NewAccount.parent(dep, "Farid Rinaldi", farid)), "farid");
        link(accounts.create(NewAccount.professional(dep, Role.ADMIN, "Agnès Viale", agnes)), "agnes");

        defaults.importInto(dep);
        rewritePlacementLivret(dep);
    }

    /** Azur's own placement livret: version 2 of two pages (French, and FALC following it) and a page of its own. */
    private void rewritePlacementLivret(long dep) {
        long contacts = content.pageOf(dep, PLACEMENT, "CONTACTS");
        int french = content.publish(
                contacts, PageLanguage.FR, "Qui appeler dans le département d’Azur ?", """
                - ![Deux personnes](picto:reunion) **Le référent** : son nom et son numéro sont sur la page « Mon dossier ».
                - ![Une maison](picto:maison) **La permanence de l’aide sociale à l’enfance d’Azur** : 04 93 00 10 00, du lundi au vendredi de 9 h à 17 h, quand le référent est absent.
                - ![Un réveil](picto:reveil) **L’astreinte du soir et du week-end** : 04 93 00 99 99, pour ce qui ne peut pas attendre.
                - ![Un téléphone](picto:telephone) **Le 119**, Allô enfance en danger : gratuit, jour et nuit, il n’apparaît pas sur les factures.
                - ![Un bouclier](picto:protection) **Le délégué du Défenseur des droits à Nice** : sur rendez-vous, au 04 93 00 20 20.
                - ![Un juge](picto:juge) **Le juge des enfants** : tribunal judiciaire de Nice, par lettre.
                - ![Attention](picto:attention) **En cas d’urgence** : le 17 (police), le 15 (samu), le 112 (toute l’Europe).""", null, null, PUBLISHER);
        content.publish(
                contacts, PageLanguage.FALC, "Qui appeler dans le département d’Azur ?", """
                - ![Deux personnes](picto:reunion) Le référent. Son numéro est dans « Mon dossier ».
                - ![Une maison](picto:maison) Le référent est absent ? Appelle le 04 93 00 10 00. Du lundi au vendredi.
                - ![Un réveil](picto:reveil) Le soir et le week-end : 04 93 00 99 99.
                - ![Un téléphone](picto:telephone) Le 119, pour un enfant en danger. C’est gratuit.
                - ![Attention](picto:attention) En urgence : le 17, le 15 ou le 112.""", french, null, PUBLISHER);

        long decisions = content.pageOf(dep, PLACEMENT, "DECISIONS");
        content.publish(
                decisions,
                PageLanguage.FR,
                "Comment les décisions sont prises et partagées en Azur",
                """
                ## Le projet pour l’enfant (PPE)

                ![Un document](picto:document) Dans les trois mois qui suivent le début du placement, le référent écrit avec l’enfant et ses parents le projet pour l’enfant. En Azur, il tient sur deux pages : ce qu’on veut atteindre, qui fait quoi, pour quand, et la parole de l’enfant et de ses parents. Il est revu au moins chaque année.

                ## La synthèse

                ![Deux personnes](picto:reunion) L’enfant et ses parents sont invités à chaque synthèse au moins trois semaines avant. Ils reçoivent le compte rendu dans les quinze jours, sur Repères, et peuvent y ajouter leurs remarques.

                ## Le rapport et l’audience

                ![Un calendrier](picto:calendrier) Le rapport au juge est lu avec l’enfant et ses parents avant d’être envoyé. Puis le juge les reçoit en audience et décide.

                ## Dire son désaccord

                À chaque étape, l’enfant et ses parents peuvent dire qu’ils ne sont pas d’accord. Ce désaccord est écrit et joint au rapport.""",
                null,
                null,
                PUBLISHER);

        long parentsHouse = content.page(content.bookOf(dep, PLACEMENT), "PARENTS_HOUSE", 80, PageAudience.PARENT);
        content.publish(parentsHouse, PageLanguage.FR, "La Maison des familles d’Azur", """
                ![Une maison](picto:maison) À Nice, la Maison des familles accueille les parents dont un enfant est confié à l’aide sociale à l’enfance.

                - Vous pouvez y rencontrer votre enfant lors des visites prévues par le juge, dans un lieu calme et chaleureux.
                - Vous pouvez y parler avec d’autres parents, un jeudi sur deux, le soir.
                - Une juriste y reçoit sur rendez-vous pour vous expliquer les décisions et vos droits.

                ![Un lieu](picto:lieu) 8 rue Pastorelli, Nice. Téléphone : 04 93 00 40 40.""", null, null, PUBLISHER);
    }

    private void link(AccountSummary account, String username) {
        accounts.linkIdentity(account.id(), username);
        accounts.rememberEmail(account.id(), username + "@azur.reperes.fr");
    }
}
