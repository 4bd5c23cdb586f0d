package fr.reperes.shell.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.reperes.Deliveries;
import fr.reperes.KaribuTest;
import fr.reperes.autonomy.PathwayPeople;
import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.DocumentServiceTest;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.dossier.meetings.Meeting;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The top of the home page of a young person and of a parent: the next meeting with its countdown, what changed since
 * the previous sign-in (each item a link to its page), and what is waiting for them; each in the reader's voice.
 */
class HomeWhatIsNextTest extends KaribuTest {

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    private Clock clock() {
        return context.getBean(Clock.class);
    }

    private long lina() {
        return viewer("lina").youngPersonId();
    }

    /** The account signs in: what happens next is "since the last visit" at its following sign-in. */
    private void signedIn(String subject) {
        Deliveries.awaitSettled(jdbc());
        context.getBean(AccountDirectory.class).recordSignIn(viewer(subject).accountId());
    }

    /** Notes Claire publishes on a meeting that took place three days ago; returns its day. */
    private LocalDate notesPublishedAboutLina(String notes) {
        Viewer claire = viewer("claire");
        MeetingService meetings = context.getBean(MeetingService.class);
        LocalDateTime when = LocalDate.now(clock()).minusDays(3).atTime(9, 0);
        long meeting = meetings.schedule(
                claire, lina(), new NewMeeting(MeetingKind.VISIT, when, "Service ASE Littoral", null, null));
        meetings.publishNotes(claire, meeting, notes);
        return when.toLocalDate();
    }

    private void documentSharedAboutLina(String title) {
        Viewer claire = viewer("claire");
        DocumentService documents = context.getBean(DocumentService.class);
        long id = documents.add(
                claire,
                lina(),
                new NewDocument(
                        DocumentKind.REPORT,
                        title,
                        LocalDate.now(clock()).minusDays(1),
                        "doc.pdf",
                        DocumentServiceTest.pdf(title)));
        documents.share(claire, id, true);
    }

    /**
     * Lina's next meeting as her référent reads it: the demo's synthèse in twelve days, unless a test of the same
     * context scheduled an earlier one (an entretien).
     */
    private Meeting linasNextMeeting() {
        return context.getBean(MeetingService.class)
                .meetings(viewer("claire"), lina())
                .upcoming()
                .getFirst();
    }

    /** What the home says of a meeting: its kind, day and time, a countdown in words, and its place. */
    private List<String> shown(Meeting meeting) {
        DateTexts dates = context.getBean(DateTexts.class);
        String countdown = dates.until(meeting.startsAt().toLocalDate());
        assertThat(countdown).matches("dans \\d+ (jours|mois)|demain|dans 1 an|dans \\d+ ans");
        return List.of(
                context.getBean(BundleTranslations.class)
                                .getTranslation("meeting.kind." + meeting.kind().name(), Locale.FRENCH)
                        + " · " + dates.dayAndTime(meeting.startsAt()),
                countdown,
                "Lieu : " + meeting.place());
    }

    private static Component card(String id) {
        return block(id);
    }

    private static List<String> links(Component card) {
        return linksOf(card);
    }

    @Test
    void linaSeesHerNextMeetingWithItsCountdownWhatChangedSinceHerLastVisitAndWhatWaits() {
        documentSharedAboutLina("Attestation de scolarité");
        signedIn("lina");
        LocalDate notesDay = notesPublishedAboutLina("Nous avons parlé de ton stage.");
        documentSharedAboutLina("Bulletin du deuxième trimestre");
        signedIn("lina");

        signInAs("lina");
        UI.getCurrent().navigate(HomeView.class);
        DateTexts dates = context.getBean(DateTexts.class);

        Component next = card("prochain-rendez-vous");
        assertThat(textOf(next)).contains("Ton prochain rendez-vous").contains(shown(linasNextMeeting()));
        assertThat(links(next)).contains("Voir tous mes rendez-vous -> rendez-vous");

        Component changed = card("depuis-ta-derniere-visite");
        assertThat(textOf(changed)).contains("Ce qui a changé depuis ta dernière visite");
        // Since the previous sign-in only: the document shared before it is not listed again.
        assertThat(links(changed))
                .containsOnlyOnce(
                        "Un nouveau document t’est partagé -> documents",
                        "Le compte rendu d’une de tes rencontres est publié -> rendez-vous")
                .hasSize(2);

        Component waiting = card("a-faire");
        assertThat(links(waiting))
                .contains("Dis ce que tu penses du compte rendu du " + dates.day(notesDay) + " -> rendez-vous");
        assertThat(pageText())
                .doesNotContain("votre dernière visite", "Dites ce que vous", "Le prochain rendez-vous de");
    }

    @Test
    void karimReadsAboutLinaWithVousAndHerFirstName() {
        signedIn("karim");
        LocalDate notesDay = notesPublishedAboutLina("Lina a présenté son projet de stage.");
        signedIn("karim");

        signInAs("karim");
        UI.getCurrent().navigate(HomeView.class);
        DateTexts dates = context.getBean(DateTexts.class);

        Component next = card("prochain-rendez-vous");
        assertThat(textOf(next)).contains("Le prochain rendez-vous de Lina").contains(shown(linasNextMeeting()));
        assertThat(links(next)).contains("Voir tous les rendez-vous de Lina -> rendez-vous");
        assertThat(links(card("depuis-ta-derniere-visite")))
                .containsExactly("Le compte rendu d’une rencontre concernant Lina est publié -> rendez-vous");
        assertThat(textOf(card("depuis-ta-derniere-visite"))).contains("Ce qui a changé depuis votre dernière visite");
        assertThat(links(card("a-faire")))
                .contains("Dites ce que vous pensez du compte rendu du " + dates.day(notesDay)
                        + " concernant Lina -> rendez-vous");
        assertThat(pageText()).doesNotContain("Ton prochain", "ta dernière visite", "Dis ce que tu");
    }

    @Test
    void nadiaSeesNoMeetingNothingChangedAndNothingOfLina() {
        signedIn("nadia");
        notesPublishedAboutLina("Compte rendu que Nadia ne lit pas.");
        documentSharedAboutLina("Document que Nadia ne lit pas");
        signedIn("nadia");

        signInAs("nadia");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(textOf(block("prochain-rendez-vous"))).isEmpty();
        // Nothing can change or wait in a file closed to her: her home is the page that explains why.
        assertThat(blocks("depuis-ta-derniere-visite")).isEmpty();
        assertThat(blocks("a-faire")).isEmpty();
        assertThat(pageText()).doesNotContain("Lina", "Synthèse", "Compte rendu", "Document");
    }

    /**
     * A place written before the order that names the foster family (here put straight into the database, as an
     * import would) stays on "Mes rendez-vous" and the home page as "withheld": the home reads it through the meetings'
     * service and decides nothing itself.
     */
    @Test
    void sofiaSeesWhenLeosNextMeetingIsButNotAPlaceThatNamesTheFosterFamily() {
        long leo = jdbc().sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
        Meeting next = context.getBean(MeetingService.class)
                .meetings(viewer("claire"), leo)
                .upcoming()
                .getFirst();
        setPlace(next.id(), "Chez la famille Dumont, 4 impasse des Mouettes, Wimereux");
        try {
            signInAs("sofia");
            UI.getCurrent().navigate(HomeView.class);
            DateTexts dates = context.getBean(DateTexts.class);
            assertThat(textOf(card("prochain-rendez-vous")))
                    .contains(
                            "Le prochain rendez-vous de Léo",
                            dates.dayAndTime(next.startsAt()),
                            dates.until(next.startsAt().toLocalDate()),
                            "Lieu : la personne référente vous dira comment vous y rendre.");
            assertThat(pageText()).doesNotContain("Dumont", "Mouettes", "Wimereux");
        } finally {
            setPlace(next.id(), Objects.requireNonNull(next.place()));
        }
    }

    private void setPlace(long meetingId, String place) {
        jdbc().sql("UPDATE meeting SET place = :place WHERE id = :id")
                .param("place", place)
                .param("id", meetingId)
                .update();
    }

    @Test
    void mehdiSeesHisHearingTomorrow() {
        LocalDateTime tomorrow = LocalDate.now(clock()).plusDays(1).atTime(8, 0);
        context.getBean(MeetingService.class)
                .schedule(
                        viewer("claire"),
                        viewer("mehdi").youngPersonId(),
                        new NewMeeting(
                                MeetingKind.HEARING,
                                tomorrow,
                                "Tribunal judiciaire, cabinet du juge des enfants",
                                null,
                                null));

        signInAs("mehdi");
        UI.getCurrent().navigate(HomeView.class);
        DateTexts dates = context.getBean(DateTexts.class);
        assertThat(textOf(card("prochain-rendez-vous")))
                .contains(
                        "Ton prochain rendez-vous",
                        "Audience chez le juge des enfants",
                        dates.dayAndTime(tomorrow),
                        "demain",
                        "Tribunal judiciaire");
        assertThat(pageText()).contains("Ce qui a changé depuis ta dernière visite", "Ce que tu peux faire maintenant");
    }

    @Test
    void aminaIsAddressedAsTuAndToldWhenNothingIsPlanned() {
        signInAs("amina");
        UI.getCurrent().navigate(HomeView.class);
        String next = textOf(card("prochain-rendez-vous"));
        assertThat(next).contains("Ton prochain rendez-vous");
        assertThat(next).containsAnyOf("Pas de rendez-vous prévu pour l’instant.", "dans ", "demain");
        assertThat(pageText())
                .contains("Ce qui a changé depuis ta dernière visite", "Ce que tu peux faire maintenant")
                .doesNotContain("votre dernière visite", "Ce que vous pouvez faire");
    }

    @Test
    void aRequestDraftLeftUnsentWaitsOnTheYoungPersonsHomeOnly() {
        PathwayPeople.Person person = PathwayPeople.bornOn(
                context, LocalDate.now(clock()).minusYears(17).minusMonths(6), "claire");
        context.getBean(YoungAdultRequests.class)
                .saveDraft(
                        TestSignIn.viewer(context, person.subject()),
                        person.id(),
                        new RequestDraft("Finir mon CAP.", true, false, false, "", false));

        signInAs(person.subject());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(links(card("a-faire")))
                .contains("Termine ta demande de contrat jeune majeur : elle n’est pas encore envoyée -> "
                        + "contrat-jeune-majeur");
        tearDownVaadin();

        signInAs(person.parentSubject());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(pageText()).doesNotContain("Termine ta demande", "contrat jeune majeur");
    }

    @Test
    void theHomeRunsAsManyStatementsWhateverTheNumberOfMeetingsChangesAndDocuments() {
        Runnable openHome = () -> {
            signInAs("karim");
            UI.getCurrent().navigate(HomeView.class);
            tearDownVaadin();
        };
        long before = SqlStatements.fewestSelectsDuring(jdbc(), openHome);

        for (int i = 0; i < 3; i++) {
            notesPublishedAboutLina("Compte rendu numéro " + i);
            documentSharedAboutLina("Document numéro " + i);
        }
        Deliveries.awaitSettled(jdbc());

        long after = SqlStatements.fewestSelectsDuring(jdbc(), openHome);
        assertThat(before).isPositive();
        // Not more with six more items. It can be fewer: the changes list keeps the ten newest lines and asks the
        // policy once per young person and kind they name, so new lines about Lina alone can push out older lines
        // of other kinds or about other young people (the full run gives Karim some: 40 SELECTs before, 38 after).
        assertThat(after).isLessThanOrEqualTo(before);
        signInAs("karim");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(links(card("depuis-ta-derniere-visite"))).hasSizeGreaterThanOrEqualTo(6);
    }
}
