package fr.reperes.dossier.careplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import fr.reperes.JournalEntries;
import fr.reperes.KaribuTest;
import fr.reperes.access.AuditAction;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.PathwayFixtures;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanDomain;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.caseload.CaseloadFilter;
import fr.reperes.dossier.caseload.CaseloadRow;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.identity.InvitedFamily;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.errors.AccessRefusedView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Mon PPE" for the family and the référent's editor, for each role that may, and may not, open them. */
class CarePlanViewsTest extends KaribuTest {

    private long lina() {
        return TestSignIn.viewer(context, "lina").youngPersonId();
    }

    @Test
    void linaReadsHerPpeByDomainWithWhatChangedAndTheHistory() {
        signInAs("lina");
        UI.getCurrent().navigate(CarePlanView.class);
        assertThat(pageText())
                .contains(
                        "Mon projet pour l’enfant (PPE)",
                        "Version 3 du",
                        "Claire Martin",
                        "Ce qui a changé depuis la version 2 : École et formation, Vie sociale, sport, culture et loisirs, "
                                + "Famille et relations",
                        "Ouvrir un compte bancaire (Lina avec l’éducatrice de la MECS), d’ici le",
                        "Ce que j’en dis",
                        "Je veux un appartement à moi après 18 ans",
                        "Écouter",
                        "Version 1 du");
    }

    @Test
    void anOlderVersionOpensFromTheHistory() {
        signInAs("lina");
        UI.getCurrent().navigate(CarePlanView.class);
        // The history is sent as HTML: its links are plain ones, which the router follows.
        List<String> versions = _find(Html.class).stream()
                .flatMap(
                        block -> Jsoup.parseBodyFragment(block.getInnerHtml()).select("a[href^=ppe?version=]").stream())
                .map(link -> link.text() + " -> " + link.attr("href"))
                .toList();
        assertThat(versions)
                .hasSize(2)
                .allMatch(link -> link.endsWith("&jeune=" + lina()))
                .anyMatch(link -> link.startsWith("Version 1 ") && link.contains("-> ppe?version=1&"));
        UI.getCurrent().navigate("ppe", QueryParameters.of("version", "1"));
        assertThat(pageText())
                .contains("Version 1 du", "Je veux rester à la MECS")
                .doesNotContain("Je veux un appartement à moi");
    }

    /**
     * The page showed the latest version of every plan, then read the asked one again: an older version was read,
     * and journaled, twice (its profile read, journaled as IDENTITY, too). Each opening reads the shown version once
     * and journals it once, for Lina and her father.
     * The viewer's own reactions under the version, with the référent's answers, are a read of the PPE of their own
     * (ReactionService.mine): one more entry when there are some, which other tests may have written.
     */
    @Test
    void openingAVersionReadsAndJournalsItOnce() {
        long lina = lina();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        JournalEntries.Entry carePlanRead = JournalEntries.entry(lina, InformationKind.CARE_PLAN, AuditAction.READ);
        for (String subject : new String[] {"lina", "karim"}) {
            signInAs(subject);
            var reader = TestSignIn.viewer(context, subject);
            long latestSelects =
                    SqlStatements.selectsDuring(jdbc, () -> UI.getCurrent().navigate(CarePlanView.class));
            Map<QueryParameters, Integer> shown = Map.of(
                    QueryParameters.empty(),
                    3,
                    QueryParameters.of("version", "3"),
                    3,
                    QueryParameters.of("version", "1"),
                    1,
                    QueryParameters.simple(Map.of("version", "1", "jeune", String.valueOf(lina))),
                    1);
            shown.forEach((version, number) -> {
                long reactionsRead = jdbc.sql("""
                                SELECT COUNT(*) > 0 FROM reaction r JOIN care_plan_version v ON v.id = r.subject_id
                                WHERE r.author_account_id = :author AND r.subject_kind = 'CARE_PLAN_VERSION'
                                AND v.young_person_id = :lina AND v.version_number = :number""")
                                .param("author", reader.accountId())
                                .param("lina", lina)
                                .param("number", number)
                                .query(Boolean.class)
                                .single()
                        ? 1
                        : 0;
                Map<JournalEntries.Entry, Long> added = JournalEntries.writtenBy(
                                context, reader, () -> UI.getCurrent().navigate("ppe", version))
                        .added();
                assertThat(added)
                        .as("%s opening %s", subject, version.getQueryString())
                        .containsEntry(carePlanRead, 1 + reactionsRead)
                        .allSatisfy((entry, count) -> assertThat(count)
                                .as(entry.toString())
                                .isEqualTo(entry.equals(carePlanRead) ? 1 + reactionsRead : 1L));
                if (number == 3) {
                    // The same page as the latest, asked by number: the same statements, not a second read.
                    assertThat(SqlStatements.selectsDuring(
                                    jdbc, () -> UI.getCurrent().navigate("ppe", version)))
                            .as("%s opening %s", subject, version.getQueryString())
                            .isEqualTo(latestSelects);
                }
            });
            tearDownVaadin();
        }
        signInAs("lina");
    }

    @Test
    void karimReadsLinasPpeAndNadiaNothing() {
        signInAs("karim");
        UI.getCurrent().navigate(CarePlanView.class);
        assertThat(pageText())
                .contains(
                        "Le projet pour l’enfant de Lina (PPE)",
                        "Version 3 du",
                        "Ce qu’en dit Lina",
                        "Ce qu’en disent ses parents")
                .doesNotContain("Ce que j’en dis", "Mon projet");
        tearDownVaadin();
        signInAs("nadia");
        UI.getCurrent().navigate(CarePlanView.class);
        assertThat(pageText()).contains("Aucun dossier ne vous est ouvert").doesNotContain("Version");
    }

    @Test
    void professionalsAndStaffDoNotOpenTheFamilyPage() {
        for (String subject : new String[] {"claire", "odpe", "admin", "yanis"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(CarePlanView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("lina");
    }

    @Test
    void claireIsToldWhichFieldIsWrongAndNothingIsSaved() {
        long lina = lina();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long before = jdbc.sql("SELECT COUNT(*) FROM care_plan_version WHERE young_person_id = :id")
                .param("id", lina)
                .query(Long.class)
                .single();
        signInAs("claire");
        UI.getCurrent().navigate(CarePlanEditorView.class, lina);
        assertThat(pageText()).contains("PPE de Lina Benali : prochaine version", "Ouvrir un compte bancaire");
        DatePicker review = _get(DatePicker.class, spec -> spec.withId("prochaine-revision"));
        review.setValue(LocalDate.now().minusDays(3));
        _click(_get(Button.class, spec -> spec.withText("Enregistrer le brouillon")));
        assertThat(review.isInvalid()).isTrue();
        assertThat(review.getErrorMessage()).isEqualTo("La prochaine révision doit être après aujourd’hui.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_plan_version WHERE young_person_id = :id")
                        .param("id", lina)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void thomasCannotComposeLinasPpeAndFamiliesCannotOpenTheEditor() {
        long lina = lina();
        signInAs("thomas");
        assertThat(open(CarePlanEditorView.ROUTE + "/" + lina)).isEqualTo(403);
        _get(AccessRefusedView.class);
        assertThat(_find(CarePlanEditorView.class)).isEmpty();
        assertThat(pageText())
                .contains("Page non accessible", "Ce dossier n’est pas dans ceux que vous suivez")
                .doesNotContain("Ouvrir un compte bancaire", "Lina", "Benali", "Enregistrer le brouillon");
        tearDownVaadin();
        for (String subject : new String[] {"lina", "karim"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(CarePlanEditorView.class, lina))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("claire");
    }

    @Test
    void openingLinasPpePageCostsAFixedNumberOfStatements() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        signInAs("lina");
        long statements =
                SqlStatements.selectsDuring(jdbc, () -> UI.getCurrent().navigate(CarePlanView.class));
        // 8 for the PPE itself, 2 for what other modules attach (the policy's facts, the projet d'autonomie), 2 for
        // "Les mots de cette page" from the département's lexique (the reader's language, the published words).
        assertThat(statements).isLessThanOrEqualTo(12);
    }

    /** The preview gives the number publishing will give: one more than the highest, counted the same way. */
    @Test
    void thePreviewShowsTheNumberTheVersionWillHaveOncePublished() {
        long lina = lina();
        int next = context.getBean(JdbcClient.class)
                        .sql("SELECT MAX(version_number) FROM care_plan_version WHERE young_person_id = :id")
                        .param("id", lina)
                        .query(Integer.class)
                        .single()
                + 1;
        signInAs("claire");
        UI.getCurrent().navigate(CarePlanEditorView.class, lina);
        _click(_get(Button.class, spec -> spec.withText("Aperçu comme la famille le verra")));
        assertThat(pageText())
                .contains("Version " + next + ", préparée par Claire Martin : c’est le numéro qu’elle aura")
                .doesNotContain("Version 0");
    }

    /**
     * An action records no state: one whose date has gone by says the date passed (and where its progress is
     * written), one to come says by when; the same wording on the family's page and in the PDF.
     */
    @Test
    void actionsPastTheirDateSayTheDatePassedAndUpcomingOnesSayByWhen() {
        signInAs("lina");
        UI.getCurrent().navigate(CarePlanView.class);
        String page = pageText();
        assertThat(page)
                .containsPattern("Demande d’inscription en CAP[^\\n]*, prévu d’ici le [^\\n]* : date passée\\.")
                .containsPattern("Ouvrir un compte bancaire \\([^)]*\\), d’ici le [^\\n]*")
                .doesNotContainPattern("Ouvrir un compte bancaire[^\\n]*date passée");
    }

    /** The latest version's review date gone by is said to the référent on the young person's page. */
    @Test
    void aReviewDateGoneByIsSaidToTheReferentAndAComingOneAsADate() {
        PathwayFixtures fixtures = new PathwayFixtures(context);
        PathwayFixtures.Referent referent = fixtures.newReferent();
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        long late = referent.follow("Retard", today.minusYears(12));
        long onTime = referent.follow("Alheure", today.minusYears(12));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        for (long youngPerson : new long[] {late, onTime}) {
            jdbc.sql("INSERT INTO care_plan_version (young_person_id, status, version_number, author_account_id, "
                            + "author_name, created_at, published_at, next_review_on) "
                            + "VALUES (:yp, 'PUBLISHED', 1, :account, 'Camille', :at, :at, :review)")
                    .param("yp", youngPerson)
                    .param("account", referent.viewer().accountId())
                    .param("at", Timestamp.valueOf(today.minusYears(1).atStartOfDay()))
                    .param("review", youngPerson == late ? today.minusDays(10) : today.plusMonths(2))
                    .update();
        }
        signInAs(referent.subject());
        UI.getCurrent().navigate(YoungPersonView.class, late);
        Paragraph review = _get(Paragraph.class, spec -> spec.withId("revision-ppe"));
        assertThat(review.getText()).startsWith("Révision du PPE en retard : elle était prévue le");
        assertThat(review.getClassNames()).contains("reperes-warning");
        UI.getCurrent().navigate(YoungPersonView.class, onTime);
        review = _get(Paragraph.class, spec -> spec.withId("revision-ppe"));
        assertThat(review.getText()).startsWith("Prochaine révision du PPE :");
        assertThat(review.getClassNames()).doesNotContain("reperes-warning");

        // The référent's list says the same, from the same query for every row (no query per row).
        Map<Long, Boolean> lateInList = context
                .getBean(YoungPersonService.class)
                .caseload(referent.viewer(), CaseloadFilter.none(), PageRequest.of(0, 10))
                .stream()
                .collect(Collectors.toMap(CaseloadRow::id, row -> row.ppeReviewLate(today)));
        assertThat(lateInList).containsEntry(late, true).containsEntry(onTime, false);
    }

    /**
     * Whatever a référent types in any text of a PPE reaches the young person and the parent as that text, never as
     * markup: the domains and the words are sent to the browser as HTML (one node per block, not one per paragraph),
     * so every text of every field is tried, as an attacker would write it.
     */
    @Test
    void everyTextOfAPpeReachesTheFamilyAsTextNeverAsMarkup() {
        List<String> attacks = List.of(
                "<img src=x onerror=alert(1)>",
                "<script>alert(1)</script>",
                "</p><p onclick=alert(1)>clic",
                "\"><svg onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">lien</a>",
                "&lt;b&gt; &amp;");
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        Viewer claire = TestSignIn.viewer(context, "claire");
        CarePlanService plans = context.getBean(CarePlanService.class);
        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains = new EnumMap<>(CarePlanDomain.class);
        // Each attack in each kind of field: domain d's field f holds attack (d + f).
        List<String> fields = List.of(" besoin", " objectif", " bilan", " action", " qui");
        List<String> expected = new ArrayList<>();
        CarePlanDomain[] all = CarePlanDomain.values();
        for (int d = 0; d < all.length; d++) {
            String[] texts = new String[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                texts[f] = attacks.get((d + f) % attacks.size()) + fields.get(f);
                expected.add(texts[f]);
            }
            domains.put(
                    all[d],
                    new CarePlanDraft.DraftDomain(
                            texts[0],
                            texts[1],
                            texts[2],
                            List.of(new CarePlanAction(
                                    texts[3], texts[4], LocalDate.now().plusMonths(1)))));
        }
        expected.add(attacks.get(4) + " jeune");
        expected.add(attacks.get(5) + " parents");
        plans.publish(
                claire,
                family.youngPersonId(),
                new CarePlanDraft(
                        LocalDate.now().plusMonths(3),
                        attacks.get(4) + " jeune",
                        attacks.get(5) + " parents",
                        domains));

        for (String subject : List.of(family.youngSubject(), family.parentSubject())) {
            signInAs(subject);
            UI.getCurrent().navigate(CarePlanView.class);
            assertBlocksCarryNoMarkupFromTexts(subject);
            assertThat(_find(Html.class).stream()
                            .flatMap(block -> Jsoup.parseBodyFragment(block.getInnerHtml()).select("a[href]").stream())
                            .map(link -> link.attr("href")))
                    .as(subject)
                    .allMatch(href -> href.startsWith("lexique?") || href.startsWith("ppe"));
            assertThat(pageText()).as(subject).contains(expected);
            tearDownVaadin();
        }
        signInAs("lina");
    }
}
