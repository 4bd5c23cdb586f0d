package fr.reperes.autonomy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.autonomy.caseload.AutonomyFileView;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.grid.AutonomyStep;
import fr.reperes.autonomy.grid.AutonomyView;
import fr.reperes.autonomy.pathway.ChildAutonomyView;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.YoungAdultRequest;
import fr.reperes.autonomy.request.YoungAdultRequestView;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.identity.TestSignIn;
import fr.reperes.shell.errors.AccessRefusedView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pathway's screens for the young person, a parent and the référent, allowed and refused. */
class PathwayViewsTest extends KaribuTest {

    private LocalDate today() {
        return LocalDate.now(context.getBean(Clock.class));
    }

    /** A day as the French page writes it: "2 décembre 2026". */
    private static String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.FRENCH)
                .format(day);
    }

    private long lina() {
        return TestSignIn.viewer(context, "lina").youngPersonId();
    }

    private static void clickId(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void linaSeesHerEntretienAndPreparesIt() {
        signInAs("lina");
        UI.getCurrent().navigate(AutonomyView.class);
        assertThat(pageText())
                .contains(
                        "Entretien des 17 ans",
                        "Maison du Département",
                        "Préparer mon entretien",
                        "Contrat jeune majeur",
                        "Pas encore de demande.");
        _get(TextArea.class, spec -> spec.withLabel("Mes questions")).setValue("Est-ce que je garde mon pécule ?");
        clickId("preparer-entretien");
        assertThat(context.getBean(PathwayService.class)
                        .pathway(TestSignIn.viewer(context, "claire"), lina())
                        .interview()
                        .questions())
                .isEqualTo("Est-ce que je garde mon pécule ?");
    }

    @Test
    void aYoungPersonWritesTheRequestInFourStepsThenFollowsIt() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(8), "claire");
        signInAs(person.subject());
        UI.getCurrent().navigate(YoungAdultRequestView.class);
        assertThat(pageText()).contains("Étape 1 sur 4 : Mes projets");
        _get(TextArea.class, spec -> spec.withId("projets")).setValue("Un BTS et un studio à Arras.");
        clickId("etape-suivante");
        assertThat(pageText()).contains("Étape 2 sur 4 : Ce que je demande");
        _get(Checkbox.class, spec -> spec.withId("demande-logement")).setValue(true);
        clickId("etape-suivante");
        assertThat(pageText()).contains("Étape 3 sur 4 : Mes documents");
        clickId("etape-suivante");
        assertThat(pageText())
                .contains("Étape 4 sur 4 : Vérifier et envoyer", "Un BTS et un studio à Arras.", "Un logement");
        clickId("envoyer-demande");

        assertThat(pageText())
                .contains("Envoyée", "la personne référente l’a reçue")
                .doesNotContain("Étape 1 sur 4");
        YoungAdultRequest request = context.getBean(PathwayService.class)
                .pathway(person.viewer(context), person.id())
                .requests()
                .getFirst();
        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.content().housing()).isTrue();
    }

    /**
     * A step that requires something is not passed without it (the plans, then something asked), each message on
     * its field; nothing is sent. A saved draft reopens at the first step left to do, whatever step it was saved at.
     */
    @Test
    void aRequiredStepIsNotPassedEmptyAndASavedDraftReopensWhereItWasLeft() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(18).minusMonths(2), "claire");
        signInAs(person.subject());
        UI.getCurrent().navigate(YoungAdultRequestView.class);
        clickId("etape-suivante");
        TextArea plans = _get(TextArea.class, spec -> spec.withId("projets"));
        assertThat(plans.isInvalid()).isTrue();
        assertThat(plans.getErrorMessage()).isEqualTo("Écris tes projets (étape 1).");
        assertThat(pageText()).contains("Étape 1 sur 4 : Mes projets");

        plans.setValue("Un CAP cuisine.");
        clickId("etape-suivante");
        assertThat(pageText()).contains("Étape 2 sur 4 : Ce que je demande");
        clickId("etape-suivante");
        assertThat(pageText())
                .contains("Étape 2 sur 4 : Ce que je demande", "Dis ce que tu demandes (étape 2).")
                .doesNotContain("Étape 3 sur 4");

        // Left at step 2 with nothing asked: it reopens there, with the plans kept.
        tearDownVaadin();
        signInAs(person.subject());
        UI.getCurrent().navigate(YoungAdultRequestView.class);
        assertThat(pageText()).contains("Étape 2 sur 4 : Ce que je demande");
        _get(Checkbox.class, spec -> spec.withId("demande-allocation")).setValue(true);
        clickId("enregistrer-brouillon");

        // Something asked, no document joined: it reopens at the documents.
        tearDownVaadin();
        signInAs(person.subject());
        UI.getCurrent().navigate(YoungAdultRequestView.class);
        assertThat(pageText()).contains("Étape 3 sur 4 : Mes documents");
        clickId("etape-precedente");
        assertThat(pageText()).contains("Étape 2 sur 4");
        assertThat(_get(Checkbox.class, spec -> spec.withId("demande-allocation"))
                        .getValue())
                .isTrue();
        assertThat(context.getBean(PathwayService.class)
                        .pathway(person.viewer(context), person.id())
                        .requests()
                        .getFirst()
                        .status())
                .isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void afterLeavingCareTheYoungPersonIsOfferedTheFollowUpInterviewAndAt21IsToldTheSupportEnded() {
        PathwayPeople.Person leftSevenMonthsAgo =
                PathwayPeople.bornOn(context, today().minusYears(18).minusMonths(7), "claire");
        signInAs(leftSevenMonthsAgo.subject());
        UI.getCurrent().navigate(AutonomyView.class);
        assertThat(pageText())
                .contains("Mon entretien de suivi", "Depuis le " + day(today().minusMonths(1)), "Où en es-tu ?");
        tearDownVaadin();

        PathwayPeople.Person twentyOne = PathwayPeople.bornOn(context, today().minusYears(21), "claire");
        signInAs(twentyOne.subject());
        UI.getCurrent().navigate(AutonomyView.class);
        assertThat(pageText()).contains("Depuis tes 21 ans", "ADEPAPE").doesNotContain("s’ouvrira", "Où en es-tu ?");
        tearDownVaadin();

        signInAs("lina");
        UI.getCurrent().navigate(AutonomyView.class);
        assertThat(pageText()).doesNotContain("Mon entretien de suivi");
    }

    @Test
    void aminaReadsHerContractItsNextReviewAndHerProjetInHerPpe() {
        signInAs("amina");
        UI.getCurrent().navigate(YoungAdultRequestView.class);
        assertThat(pageText())
                .contains(
                        "Mon contrat jeune majeur",
                        "En cours",
                        "Prochain point : le " + day(today().plusMonths(1)),
                        "Demande de renouvellement",
                        "Accordée");
        UI.getCurrent().navigate("ppe");
        assertThat(pageText()).contains("Projet d’accès à l’autonomie", "Entrer en formation d’aide-soignante");
    }

    @Test
    void karimReadsLinasPathwayNadiaAndSofiaAreToldWhyNot() {
        signInAs("karim");
        UI.getCurrent().navigate(ChildAutonomyView.class);
        assertThat(pageText())
                .contains(
                        "Le projet d’autonomie de Lina",
                        "Entretien des 17 ans",
                        "Maison du Département",
                        "Logement",
                        "Ouvrir un compte bancaire")
                .doesNotContain("Préparer mon entretien", "Enregistrer");
        tearDownVaadin();

        signInAs("nadia");
        UI.getCurrent().navigate(ChildAutonomyView.class);
        assertThat(pageText())
                .contains("L’autorité parentale vous a été retirée")
                .doesNotContain("Lina");
        tearDownVaadin();

        signInAs("sofia");
        UI.getCurrent().navigate(ChildAutonomyView.class);
        assertThat(pageText()).contains("L’espace s’ouvrira aux 16 ans");
    }

    @Test
    void claireSchedulesRecordsTheEntretienAndDecidesARequest() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(2), "claire");
        context.getBean(YoungAdultRequests.class)
                .saveDraft(
                        person.viewer(context), person.id(), new RequestDraft("Mes projets", false, true, false, ""));
        context.getBean(YoungAdultRequests.class).submit(person.viewer(context), person.id());
        signInAs("claire");
        UI.getCurrent().navigate(AutonomyFileView.class, person.id());
        assertThat(pageText()).contains("Autonomie de Test", "Programmer l’entretien des 17 ans", "Envoyée");

        clickId("programmer-entretien");
        assertThat(pageText()).contains("Indiquez la date.");

        long requestId = context.getBean(PathwayService.class)
                .pathway(person.viewer(context), person.id())
                .requests()
                .getFirst()
                .id();
        @SuppressWarnings("unchecked")
        Select<RequestStatus> move = _get(Select.class, spec -> spec.withId("decision-" + requestId));
        assertThat(move.getListDataView().getItems())
                .containsExactlyInAnyOrder(
                        RequestStatus.UNDER_REVIEW,
                        RequestStatus.IN_COMMISSION,
                        RequestStatus.GRANTED,
                        RequestStatus.REFUSED);
        move.setValue(RequestStatus.REFUSED);
        _get(DatePicker.class, spec -> spec.withLabel("Date")).setValue(today());
        _get(TextArea.class, spec -> spec.withLabel("Raisons du refus")).setValue("Tu as déjà un logement.");
        clickId("enregistrer-decision-" + requestId);

        assertThat(pageText()).contains("Refusée", "Tu as déjà un logement.", "Contester la décision");
    }

    @Test
    void claireAddsAStepWithTheYoungPersonAndItJoinsTheirList() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(16).minusMonths(5), "claire");
        signInAs("claire");
        UI.getCurrent().navigate(AutonomyFileView.class, person.id());
        @SuppressWarnings("unchecked")
        Select<AutonomyDomain> domain = _get(Select.class, spec -> spec.withLabel("Domaine"));
        domain.setValue(AutonomyDomain.PAPERS);
        _get(TextField.class, spec -> spec.withLabel("Étape")).setValue("Demander ma carte d’identité");
        _click(_get(Button.class, spec -> spec.withText("Ajouter l’étape")));
        assertThat(context.getBean(AutonomyService.class)
                        .space(person.viewer(context), person.id())
                        .steps())
                .extracting(AutonomyStep::title)
                .containsExactly("Demander ma carte d’identité");
        assertThat(pageText()).contains("Demander ma carte d’identité : À faire");
    }

    @Test
    void aReferentWhoLosesTheFileWhileThePageIsOpenIsRefusedAtTheNextClickAndThePageGoes() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(16).minusMonths(5), "claire");
        signInAs("claire");
        UI.getCurrent().navigate(AutonomyFileView.class, person.id());
        context.getBean(JdbcClient.class)
                .sql("UPDATE young_person SET referent_id = NULL WHERE id = :id")
                .param("id", person.id())
                .update();
        @SuppressWarnings("unchecked")
        Select<AutonomyDomain> domain = _get(Select.class, spec -> spec.withLabel("Domaine"));
        domain.setValue(AutonomyDomain.PAPERS);
        _get(TextField.class, spec -> spec.withLabel("Étape")).setValue("Demander ma carte d’identité");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withText("Ajouter l’étape")));

        _get(AccessRefusedView.class);
        assertThat(_find(AutonomyFileView.class)).isEmpty();
        assertThat(pageText())
                .contains("Page non accessible", "Ce dossier n’est pas dans ceux que vous suivez.")
                .doesNotContain("Autonomie de Test", "Un problème");
        assertThat(context.getBean(JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM autonomy_step WHERE young_person_id = :id")
                        .param("id", person.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theYoungPersonsPagesCostTheSameStatementsWhateverTheirHistory() {
        PathwayPeople.Person once = PathwayPeople.bornOn(context, today().minusYears(19), "claire");
        PathwayPeople.Person busy = PathwayPeople.bornOn(context, today().minusYears(19), "claire");
        historyOf(once, 1);
        historyOf(busy, 3);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long[] costs = new long[4];
        int i = 0;
        for (PathwayPeople.Person person : new PathwayPeople.Person[] {once, busy}) {
            signInAs(person.subject());
            costs[i++] = SqlStatements.selectsDuring(jdbc, () -> UI.getCurrent().navigate(AutonomyView.class));
            costs[i++] = SqlStatements.selectsDuring(jdbc, () -> UI.getCurrent().navigate(YoungAdultRequestView.class));
            tearDownVaadin();
        }
        assertThat(costs[2]).isEqualTo(costs[0]);
        assertThat(costs[3]).isEqualTo(costs[1]);
        assertThat(costs[0]).isLessThanOrEqualTo(20);
        assertThat(costs[1]).isLessThanOrEqualTo(16);
        signInAs("lina");
    }

    /** Requests sent with a document and refused, and steps, {@code times} times. */
    private void historyOf(PathwayPeople.Person person, int times) {
        YoungAdultRequests requests = context.getBean(YoungAdultRequests.class);
        AutonomyService autonomy = context.getBean(AutonomyService.class);
        RequestDraft plans = new RequestDraft("Mes projets", true, false, false, "");
        for (int i = 0; i < times; i++) {
            requests.saveDraft(person.viewer(context), person.id(), plans);
            requests.addDocument(person.viewer(context), person.id(), "piece.pdf", "%PDF-1.4".getBytes());
            requests.submit(person.viewer(context), person.id());
            requests.refuse(
                    TestSignIn.viewer(context, "claire"),
                    context.getBean(PathwayService.class)
                            .pathway(person.viewer(context), person.id())
                            .requests()
                            .getFirst()
                            .id(),
                    today(),
                    "Raisons");
            autonomy.addStep(
                    person.viewer(context),
                    person.id(),
                    new NewStep(AutonomyDomain.MONEY, "Étape " + i, null, null, null));
        }
    }

    @Test
    void claireSeesTheDraftExistsButNotItsWords() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(4), "claire");
        context.getBean(YoungAdultRequests.class)
                .saveDraft(
                        person.viewer(context),
                        person.id(),
                        new RequestDraft("Mes mots à moi", false, true, false, ""));
        signInAs("claire");
        UI.getCurrent().navigate(AutonomyFileView.class, person.id());
        assertThat(pageText()).contains("brouillon non envoyé").doesNotContain("Mes mots à moi");
    }

    @Test
    void thomasIsRefusedLinasPathwayAndFamiliesCannotOpenTheRéférentsPage() {
        signInAs("thomas");
        UI.getCurrent().navigate(AutonomyFileView.class, lina());
        _get(AccessRefusedView.class);
        assertThat(_find(AutonomyFileView.class)).isEmpty();
        assertThat(pageText())
                .contains("Page non accessible", "Ce dossier n’est pas dans ceux que vous suivez.")
                .doesNotContain("Maison du Département", "Lina", "Entretien des 17 ans");
        tearDownVaadin();
        for (String subject : new String[] {"lina", "karim", "odpe"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(AutonomyFileView.class, lina()))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        for (String subject : new String[] {"karim", "claire"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(YoungAdultRequestView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("lina");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ChildAutonomyView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
