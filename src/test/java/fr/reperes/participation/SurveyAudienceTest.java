package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.access.SurveyInformation;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewMeasure;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.SurveyImport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whom a survey asks, through the service that decides it ({@link SurveyAccess}) and the SQL rule lists and rates use
 * ({@link SurveyAudience}), which must agree. Every person here is the test's own (made with the dossier's imports),
 * every survey too, so that each case changes one fact: age on the day, measure, lieu d'accueil, territory, council
 * mandate, link to a child, the survey's département, status and versions.
 */
@IntegrationTest
class SurveyAudienceTest {

    @Autowired
    SurveyAccess access;

    @Autowired
    SurveyImport surveys;

    @Autowired
    DossierImport dossier;

    @Autowired
    CouncilImport councils;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private long dep;
    private long author;
    private LocalDate today;
    private long territory;
    private long otherTerritory;

    /**
     * A département of the test's own: its surveys ask everyone in it (every parent, every 16-21) without reaching the
     * demo's personas, whose menus and homes other tests read.
     */
    @BeforeEach
    void ownDepartement() {
        Viewer yanis = TestSignIn.viewer(context, "yanis");
        dep = dossier.departement("S" + UUID.randomUUID().toString().substring(0, 8), "Département des sondages");
        author = yanis.accountId();
        today = access.today();
        territory = dossier.territory(dep, "Territoire A");
        otherTerritory = dossier.territory(dep, "Territoire B");
    }

    // ---- fixtures ----

    private long youngPerson(LocalDate birthDate, long territoryId, boolean anonymityOrdered) {
        return dossier.youngPeople(
                        dep,
                        List.of(new DossierImport.NewYoungPerson(
                                territoryId,
                                "Sondé",
                                "Audience " + UUID.randomUUID(),
                                birthDate,
                                null,
                                anonymityOrdered)))
                .getFirst();
    }

    private long youngPerson(int age) {
        return youngPerson(today.minusYears(age).minusMonths(3), territory, false);
    }

    private Viewer jeune(long youngPersonId) {
        long account = accounts.create(NewAccount.youngPerson(dep, "Sondé Audience", youngPersonId))
                .id();
        return new Viewer(
                account, "audience-" + UUID.randomUUID(), "Sondé Audience", Role.JEUNE, dep, youngPersonId, null, null);
    }

    private Viewer parentOf(boolean granted, long... children) {
        return parentOf(ParentalAuthority.HOLDS, granted, children);
    }

    private Viewer parentOf(ParentalAuthority authority, boolean granted, long... children) {
        long parent = dossier.parents(
                        dep,
                        List.of(new DossierImport.NewParent("Parent", "Audience " + UUID.randomUUID(), null, null)))
                .getFirst();
        dossier.parentLinks(Arrays.stream(children)
                .mapToObj(child -> new DossierImport.NewParentLink(child, parent, Kinship.MOTHER, authority, granted))
                .toList());
        long account = accounts.create(NewAccount.parent(dep, "Parent Audience", parent))
                .id();
        return new Viewer(
                account, "audience-" + UUID.randomUUID(), "Parent Audience", Role.PARENT, dep, null, parent, null);
    }

    private void atHome(long youngPersonId, MeasureKind kind, LocalDate starts, @Nullable LocalDate ends) {
        dossier.measures(List.of(NewMeasure.athome(youngPersonId, kind, Decider.JUGE_DES_ENFANTS, starts, ends)));
    }

    private void placed(long youngPersonId, PlacementKind where, LocalDate starts, @Nullable LocalDate ends) {
        dossier.measures(List.of(new NewMeasure(
                youngPersonId,
                MeasureKind.PLACEMENT_JUDICIAIRE,
                Decider.JUGE_DES_ENFANTS,
                starts,
                starts,
                ends,
                where,
                "Lieu d'essai",
                "1 rue de l'Essai, 62000 Arras",
                null,
                null,
                null)));
    }

    private long survey(Map<AudienceDimension, Set<String>> audience, SurveyBand... bands) {
        return survey(dep, SurveyStatus.PUBLISHED, audience, bands);
    }

    private long survey(
            long departementId,
            SurveyStatus status,
            Map<AudienceDimension, Set<String>> audience,
            SurveyBand... bands) {
        return surveys.load(
                        departementId,
                        author,
                        new SurveyDefinition(
                                "Audience " + UUID.randomUUID(),
                                true,
                                true,
                                null,
                                null,
                                audience,
                                List.of(),
                                Arrays.stream(bands)
                                        .map(SurveyAudienceTest::variant)
                                        .toList()),
                        status,
                        null,
                        Instant.now())
                .surveyId();
    }

    private static SurveyDefinition.Variant variant(SurveyBand band) {
        return new SurveyDefinition.Variant(
                band,
                "Essai " + band,
                "Une question.",
                List.of(new SurveyDefinition.Question(
                        "q", 1, QuestionKind.SCALE, "Ça va ?", null, true, null, null, List.of(), null, null)));
    }

    private static final SurveyBand[] YOUNG = {SurveyBand.CHILD_8_11, SurveyBand.TEEN_12_15, SurveyBand.YOUNG_16_21};

    private static final SurveyBand[] EVERYONE = SurveyBand.values();

    // ---- what the service and the SQL rule say ----

    /** The service's answer, checked against the SQL predicate (they must agree) and the respondent it returns. */
    private boolean asked(Viewer viewer, long surveyId) {
        boolean decided =
                access.decide(viewer, surveyId, SurveyInformation.ANSWERING).allowed();
        assertThat(access.decide(viewer, surveyId, SurveyInformation.GIVEN_BACK).allowed())
                .as("given back to the same people")
                .isEqualTo(decided);
        boolean predicate = viewer.role() == Role.JEUNE
                ? jdbc.sql("SELECT COUNT(*) FROM survey s JOIN dossier_young_person_view yp ON yp.id = :yp"
                                        + " AND yp.departement_id = s.departement_id"
                                        + " WHERE s.id = :s AND " + SurveyAudience.asksYoungPerson("s", "yp"))
                                .param("yp", viewer.youngPersonId())
                                .param("s", surveyId)
                                .param("today", today)
                                .query(Long.class)
                                .single()
                        > 0
                : jdbc.sql("SELECT COUNT(*) FROM survey s WHERE s.id = :s AND s.departement_id = :dep AND "
                                        + SurveyAudience.asksParent("s", ":parent"))
                                .param("parent", viewer.parentId())
                                .param("dep", viewer.departementId())
                                .param("s", surveyId)
                                .param("today", today)
                                .query(Long.class)
                                .single()
                        > 0;
        boolean draft = jdbc.sql("SELECT status = 'DRAFT' FROM survey WHERE id = :s")
                .param("s", surveyId)
                .query(Boolean.class)
                .single();
        assertThat(decided).as("the service and the SQL rule agree").isEqualTo(predicate && !draft);
        if (decided) {
            assertThat(access.requireRespondent(viewer, surveyId).personKey())
                    .isEqualTo(SurveyAccess.personKey(viewer));
        } else {
            assertThatThrownBy(() -> access.requireRespondent(viewer, surveyId))
                    .isInstanceOf(AccessRefusedException.class);
        }
        return decided;
    }

    // ---- age bands ----

    @ParameterizedTest(name = "{0} years old on the day")
    @ValueSource(ints = {7, 8, 11, 12, 15, 16, 21, 22})
    void aYoungPersonAnswersTheVariantOfTheirAgeOnTheDayTheirBirthdayIncluded(int age) {
        long survey = survey(Map.of(), YOUNG);
        Viewer birthdayToday = jeune(youngPerson(today.minusYears(age), territory, false));
        Viewer birthdayTomorrow = jeune(youngPerson(today.minusYears(age).plusDays(1), territory, false));

        Optional<SurveyBand> band = SurveyBand.forAge(age);
        assertThat(asked(birthdayToday, survey)).isEqualTo(band.isPresent());
        band.ifPresent(
                b -> assertThat(access.requireRespondent(birthdayToday, survey).band())
                        .isEqualTo(b));
        Optional<SurveyBand> dayBefore = SurveyBand.forAge(age - 1);
        assertThat(asked(birthdayTomorrow, survey)).isEqualTo(dayBefore.isPresent());
        dayBefore.ifPresent(b -> assertThat(
                        access.requireRespondent(birthdayTomorrow, survey).band())
                .isEqualTo(b));
    }

    @Test
    void aSurveyWithoutTheirBandsVariantDoesNotAskThemNorAParentWithoutAParentsVariant() {
        long teensOnly = survey(Map.of(), SurveyBand.TEEN_12_15);
        long child = youngPerson(9);
        assertThat(asked(jeune(youngPerson(16)), teensOnly)).isFalse();
        assertThat(asked(jeune(child), teensOnly)).isFalse();
        assertThat(asked(jeune(youngPerson(13)), teensOnly)).isTrue();
        assertThat(asked(parentOf(false, child), teensOnly)).isFalse();

        long parentsOnly = survey(Map.of(), SurveyBand.PARENTS);
        assertThat(asked(jeune(youngPerson(13)), parentsOnly)).isFalse();
        assertThat(asked(parentOf(false, child), parentsOnly)).isTrue();
    }

    // ---- measure, lieu d'accueil, territory ----

    @Test
    void aMeasureKindAsksThoseWhoseMeasureOfThatKindRunsTodayFirstAndLastDayIncluded() {
        long survey = survey(Map.of(AudienceDimension.MEASURE_KIND, Set.of(MeasureKind.AEMO.name())), YOUNG);

        long current = youngPerson(14);
        atHome(current, MeasureKind.AEMO, today.minusMonths(6), today.plusMonths(6));
        long open = youngPerson(14);
        atHome(open, MeasureKind.AEMO, today.minusMonths(6), null);
        long startsToday = youngPerson(14);
        atHome(startsToday, MeasureKind.AEMO, today, today.plusYears(1));
        long endsToday = youngPerson(14);
        atHome(endsToday, MeasureKind.AEMO, today.minusYears(1), today);
        long ended = youngPerson(14);
        atHome(ended, MeasureKind.AEMO, today.minusYears(1), today.minusDays(1));
        long notStarted = youngPerson(14);
        atHome(notStarted, MeasureKind.AEMO, today.plusDays(1), today.plusYears(1));
        long otherKind = youngPerson(14);
        atHome(otherKind, MeasureKind.AED, today.minusMonths(6), today.plusMonths(6));
        long none = youngPerson(14);

        assertThat(asked(jeune(current), survey)).isTrue();
        assertThat(asked(jeune(open), survey)).isTrue();
        assertThat(asked(jeune(startsToday), survey)).isTrue();
        assertThat(asked(jeune(endsToday), survey)).isTrue();
        assertThat(asked(jeune(ended), survey)).isFalse();
        assertThat(asked(jeune(notStarted), survey)).isFalse();
        assertThat(asked(jeune(otherKind), survey)).isFalse();
        assertThat(asked(jeune(none), survey)).isFalse();
    }

    @Test
    void aLieuDAccueilKindAsksThoseAccommodatedThereToday() {
        long survey = survey(Map.of(AudienceDimension.PLACEMENT_KIND, Set.of(PlacementKind.MECS.name())), YOUNG);

        long mecs = youngPerson(13);
        placed(mecs, PlacementKind.MECS, today.minusMonths(3), today.plusMonths(9));
        long hiddenMecs = youngPerson(today.minusYears(13), territory, true);
        placed(hiddenMecs, PlacementKind.MECS, today.minusMonths(3), today.plusMonths(9));
        long foster = youngPerson(13);
        placed(foster, PlacementKind.FAMILLE_ACCUEIL, today.minusMonths(3), today.plusMonths(9));
        long leftMecs = youngPerson(13);
        placed(leftMecs, PlacementKind.MECS, today.minusYears(2), today.minusDays(1));
        placed(leftMecs, PlacementKind.FAMILLE_ACCUEIL, today, today.plusYears(1));

        assertThat(asked(jeune(mecs), survey)).isTrue();
        assertThat(asked(jeune(hiddenMecs), survey))
                .as("the child knows where they live: the order hides it from the parents")
                .isTrue();
        assertThat(asked(jeune(foster), survey)).isFalse();
        assertThat(asked(jeune(leftMecs), survey)).isFalse();
    }

    @Test
    void aTerritoryAsksThoseWhoLiveThere() {
        long survey = survey(Map.of(AudienceDimension.TERRITORY, Set.of(Long.toString(territory))), YOUNG);

        assertThat(asked(jeune(youngPerson(today.minusYears(10), territory, false)), survey))
                .isTrue();
        assertThat(asked(jeune(youngPerson(today.minusYears(10), otherTerritory, false)), survey))
                .isFalse();
    }

    @Test
    void dimensionsCombineAllAcrossAndAnyWithin() {
        long survey = survey(
                Map.of(
                        AudienceDimension.MEASURE_KIND,
                        Set.of(MeasureKind.AEMO.name(), MeasureKind.AED.name()),
                        AudienceDimension.TERRITORY,
                        Set.of(Long.toString(territory))),
                YOUNG);

        long aedHere = youngPerson(today.minusYears(12), territory, false);
        atHome(aedHere, MeasureKind.AED, today.minusMonths(1), today.plusYears(1));
        long aemoHere = youngPerson(today.minusYears(12), territory, false);
        atHome(aemoHere, MeasureKind.AEMO, today.minusMonths(1), today.plusYears(1));
        long aemoElsewhere = youngPerson(today.minusYears(12), otherTerritory, false);
        atHome(aemoElsewhere, MeasureKind.AEMO, today.minusMonths(1), today.plusYears(1));
        long placedHere = youngPerson(today.minusYears(12), territory, false);
        placed(placedHere, PlacementKind.MECS, today.minusMonths(1), today.plusYears(1));

        assertThat(asked(jeune(aedHere), survey)).isTrue();
        assertThat(asked(jeune(aemoHere), survey)).isTrue();
        assertThat(asked(jeune(aemoElsewhere), survey)).isFalse();
        assertThat(asked(jeune(placedHere), survey)).isFalse();
    }

    // ---- council ----

    @Test
    void aCouncilAsksItsMembersWithAMandateActiveToday() {
        long council = councils.council(dep, null, CouncilKind.YOUTH, "Conseil d'audience " + UUID.randomUUID());
        long survey = survey(Map.of(AudienceDimension.COUNCIL, Set.of(Long.toString(council))), YOUNG);

        Viewer active = member(council, today.minusMonths(6), today.plusMonths(6), null);
        Viewer lastDay = member(council, today.minusYears(2).plusDays(1), today, null);
        Viewer firstDay = member(council, today, today.plusYears(2), null);
        Viewer resignsTomorrow = member(council, today.minusMonths(6), today.plusMonths(6), today.plusDays(1));
        Viewer resignedToday = member(council, today.minusMonths(6), today.plusMonths(6), today);
        Viewer resigned = member(council, today.minusMonths(6), today.plusMonths(6), today.minusDays(3));
        Viewer ended = member(council, today.minusYears(2), today.minusDays(1), null);
        Viewer notYet = member(council, today.plusDays(1), today.plusYears(2), null);
        long otherCouncil = councils.council(dep, null, CouncilKind.YOUTH, "Autre conseil " + UUID.randomUUID());
        Viewer elsewhere = member(otherCouncil, today.minusMonths(6), today.plusMonths(6), null);

        assertThat(asked(active, survey)).isTrue();
        assertThat(asked(lastDay, survey)).isTrue();
        assertThat(asked(firstDay, survey)).isTrue();
        assertThat(asked(resignsTomorrow, survey)).isTrue();
        assertThat(asked(resignedToday, survey)).isFalse();
        assertThat(asked(resigned, survey)).isFalse();
        assertThat(asked(ended, survey)).isFalse();
        assertThat(asked(notYet, survey)).isFalse();
        assertThat(asked(elsewhere, survey)).isFalse();
        assertThat(asked(jeune(youngPerson(15)), survey)).isFalse();
    }

    private Viewer member(long council, LocalDate starts, LocalDate ends, @Nullable LocalDate resigned) {
        Viewer member = jeune(youngPerson(15));
        councils.mandate(new CouncilImport.NewMandate(
                council, member.youngPersonId(), null, "Sondé", MemberSex.UNSAID, starts, ends, null, resigned));
        return member;
    }

    // ---- parents ----

    @Test
    void aParentIsAskedThroughAMinorChildOrAnAdultChildWhoGrantedThem() {
        long survey = survey(
                Map.of(
                        AudienceDimension.MEASURE_KIND,
                        Set.of(
                                MeasureKind.PLACEMENT_JUDICIAIRE.name(),
                                MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR.name())),
                EVERYONE);

        long minor = youngPerson(10);
        placed(minor, PlacementKind.FAMILLE_ACCUEIL, today.minusMonths(2), today.plusYears(1));
        long adult = youngPerson(19);
        atHome(adult, MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR, today.minusMonths(2), today.plusYears(1));
        long atHomeMinor = youngPerson(10);
        atHome(atHomeMinor, MeasureKind.AEMO, today.minusMonths(2), today.plusYears(1));
        long turnsEighteenToday = youngPerson(today.minusYears(18), territory, false);
        placed(turnsEighteenToday, PlacementKind.MECS, today.minusYears(1), today.plusYears(1));

        assertThat(asked(parentOf(false, minor), survey)).isTrue();
        assertThat(asked(parentOf(true, adult), survey)).isTrue();
        assertThat(asked(parentOf(false, adult), survey))
                .as("the adult has not granted them")
                .isFalse();
        assertThat(asked(parentOf(false, atHomeMinor), survey)).isFalse();
        assertThat(asked(parentOf(false, atHomeMinor, minor), survey))
                .as("any of their children")
                .isTrue();
        assertThat(asked(parentOf(false, turnsEighteenToday), survey))
                .as("an adult since today, who has not granted")
                .isFalse();
        assertThat(asked(parentOf(true, turnsEighteenToday), survey)).isTrue();
    }

    @Test
    void aParentIsAskedThroughAChildsTerritory() {
        long survey = survey(Map.of(AudienceDimension.TERRITORY, Set.of(Long.toString(territory))), EVERYONE);

        assertThat(asked(parentOf(false, youngPerson(today.minusYears(6), territory, false)), survey))
                .isTrue();
        assertThat(asked(parentOf(false, youngPerson(today.minusYears(6), otherTerritory, false)), survey))
                .isFalse();
        assertThat(asked(parentOf(false, youngPerson(today.minusYears(20), territory, false)), survey))
                .as("an adult child who has not granted them")
                .isFalse();
    }

    /**
     * The attacker's case: a parent whose child the judge hides must not learn the kind of place by being asked a
     * survey aimed at "MECS", even though the child is in a MECS; a measure kind they know may still ask them.
     */
    @Test
    void aParentIsNeverAskedAboutALieuDAccueilKindThroughAChildHiddenByAnAnonymityOrder() {
        long mecsSurvey = survey(Map.of(AudienceDimension.PLACEMENT_KIND, Set.of(PlacementKind.MECS.name())), EVERYONE);
        long placementSurvey = survey(
                Map.of(AudienceDimension.MEASURE_KIND, Set.of(MeasureKind.PLACEMENT_JUDICIAIRE.name())), EVERYONE);
        long bothSurvey = survey(
                Map.of(
                        AudienceDimension.MEASURE_KIND, Set.of(MeasureKind.PLACEMENT_JUDICIAIRE.name()),
                        AudienceDimension.PLACEMENT_KIND, Set.of(PlacementKind.MECS.name())),
                EVERYONE);

        long hidden = youngPerson(today.minusYears(9), territory, true);
        placed(hidden, PlacementKind.MECS, today.minusMonths(4), today.plusYears(1));
        long visible = youngPerson(today.minusYears(9), territory, false);
        placed(visible, PlacementKind.MECS, today.minusMonths(4), today.plusYears(1));
        long hiddenAdultWhoGranted = youngPerson(today.minusYears(19), territory, true);
        placed(hiddenAdultWhoGranted, PlacementKind.MECS, today.minusMonths(4), today.plusYears(1));
        long siblingAtHome = youngPerson(today.minusYears(12), territory, false);
        atHome(siblingAtHome, MeasureKind.AEMO, today.minusMonths(4), today.plusYears(1));

        Viewer parentOfHidden = parentOf(false, hidden);
        assertThat(asked(parentOfHidden, mecsSurvey)).isFalse();
        assertThat(asked(parentOfHidden, bothSurvey)).isFalse();
        assertThat(asked(parentOfHidden, placementSurvey))
                .as("the measure's kind is no secret to them")
                .isTrue();
        assertThat(asked(parentOf(true, hiddenAdultWhoGranted), mecsSurvey)).isFalse();
        assertThat(asked(parentOf(false, hidden, siblingAtHome), mecsSurvey)).isFalse();
        assertThat(asked(parentOf(false, visible), mecsSurvey)).isTrue();
        assertThat(asked(parentOf(false, hidden, visible), mecsSurvey))
                .as("asked through the child whose place they know")
                .isTrue();
        assertThat(asked(jeune(hidden), mecsSurvey)).isTrue();
    }

    /**
     * A parent whose authority was withdrawn or delegated may not read their child's file: being asked by a survey
     * aimed at a measure kind or a territory would tell them what the file says. A survey that asks every parent
     * still asks them.
     */
    @Test
    void aParentWithoutAuthorityIsNeverAskedThroughTheirChildsFile() {
        long placementSurvey = survey(
                Map.of(AudienceDimension.MEASURE_KIND, Set.of(MeasureKind.PLACEMENT_JUDICIAIRE.name())), EVERYONE);
        long territorySurvey = survey(Map.of(AudienceDimension.TERRITORY, Set.of(Long.toString(territory))), EVERYONE);
        long everyParent = survey(Map.of(), EVERYONE);
        long child = youngPerson(today.minusYears(9), territory, false);
        placed(child, PlacementKind.MECS, today.minusMonths(4), today.plusYears(1));

        for (ParentalAuthority authority : List.of(ParentalAuthority.WITHDRAWN, ParentalAuthority.DELEGATED)) {
            Viewer parent = parentOf(authority, false, child);
            assertThat(asked(parent, placementSurvey)).as(authority.name()).isFalse();
            assertThat(asked(parent, territorySurvey)).as(authority.name()).isFalse();
            assertThat(asked(parent, everyParent)).as(authority.name()).isTrue();
        }
        assertThat(asked(parentOf(ParentalAuthority.HOLDS, false, child), placementSurvey))
                .isTrue();
    }

    /** Being asked by a survey aimed at a territory would tell the parent of a hidden child where the child lives. */
    @Test
    void aParentIsNeverAskedAboutATerritoryThroughAChildHiddenByAnAnonymityOrder() {
        long territorySurvey = survey(Map.of(AudienceDimension.TERRITORY, Set.of(Long.toString(territory))), EVERYONE);
        long hidden = youngPerson(today.minusYears(9), territory, true);
        placed(hidden, PlacementKind.MECS, today.minusMonths(4), today.plusYears(1));
        long visible = youngPerson(today.minusYears(9), territory, false);

        assertThat(asked(parentOf(false, hidden), territorySurvey)).isFalse();
        assertThat(asked(parentOf(false, hidden, visible), territorySurvey))
                .as("through the child whose territory they know")
                .isTrue();
        assertThat(asked(jeune(hidden), territorySurvey)).isTrue();
    }

    // ---- the survey's side ----

    @Test
    void anotherDepartementsSurveyAsksNobodyHere() {
        long other = dossier.departement("A" + UUID.randomUUID().toString().substring(0, 8), "Autre département");
        long survey = survey(other, SurveyStatus.PUBLISHED, Map.of(), EVERYONE);
        long child = youngPerson(10);

        assertThat(asked(jeune(youngPerson(17)), survey)).isFalse();
        Viewer parent = parentOf(false, child);
        assertThat(access.decide(parent, survey, SurveyInformation.ANSWERING).allowed())
                .isFalse();
        assertThatThrownBy(() -> access.requireRespondent(parent, survey)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aDraftAsksNobody() {
        long survey = survey(dep, SurveyStatus.DRAFT, Map.of(), EVERYONE);
        long child = youngPerson(10);

        assertThat(asked(jeune(youngPerson(17)), survey)).isFalse();
        assertThat(asked(jeune(child), survey)).isFalse();
        assertThat(asked(parentOf(false, child), survey)).isFalse();
    }

    @Test
    void aNewVersionAsksNobodyUntilPublishedThenItsOwnBands() {
        long survey = survey(Map.of(), SurveyBand.YOUNG_16_21);
        Viewer seventeen = jeune(youngPerson(17));
        Viewer nine = jeune(youngPerson(9));
        assertThat(asked(seventeen, survey)).isTrue();
        assertThat(asked(nine, survey)).isFalse();

        jdbc.sql("INSERT INTO survey_version (survey_id, number, published_at) VALUES (:s, 2, NULL)")
                .param("s", survey)
                .update();
        long version = jdbc.sql("SELECT id FROM survey_version WHERE survey_id = :s AND number = 2")
                .param("s", survey)
                .query(Long.class)
                .single();
        surveys.variant(version, variant(SurveyBand.CHILD_8_11), Map.of());
        assertThat(asked(seventeen, survey))
                .as("asked by the published version")
                .isTrue();
        assertThat(asked(nine, survey)).isFalse();

        jdbc.sql("UPDATE survey_version SET published_at = CURRENT_TIMESTAMP(6) WHERE id = :v")
                .param("v", version)
                .update();
        assertThat(asked(seventeen, survey)).isFalse();
        assertThat(asked(nine, survey)).isTrue();
    }

    @Test
    void someoneWhoAnsweredIsStillGivenTheResultsBackWhenTheAudienceNoLongerHoldsThem() {
        long survey = survey(Map.of(AudienceDimension.MEASURE_KIND, Set.of(MeasureKind.AEMO.name())), YOUNG);
        Viewer finished = jeune(youngPerson(14));
        assertThat(asked(finished, survey)).isFalse();

        jdbc.sql("INSERT INTO survey_participation (survey_id, person_key) VALUES (:s, :p)")
                .param("s", survey)
                .param("p", SurveyAccess.personKey(finished))
                .update();
        assertThat(access.decide(finished, survey, SurveyInformation.GIVEN_BACK).allowed())
                .isTrue();

        // Answered at 21, 22 when the results come out: outside every band, still given them back.
        Viewer aged = jeune(youngPerson(22));
        jdbc.sql("INSERT INTO survey_participation (survey_id, person_key) VALUES (:s, :p)")
                .param("s", survey)
                .param("p", SurveyAccess.personKey(aged))
                .update();
        assertThat(access.decide(aged, survey, SurveyInformation.GIVEN_BACK).allowed())
                .isTrue();
        assertThatThrownBy(() -> access.requireRespondent(aged, survey))
                .as("but answers nothing: no band")
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void noProfessionalIsEverARespondent() {
        // In the demo's département, where these professionals work; asking only the test's own territory-less nobody.
        long demo = TestSignIn.viewer(context, "yanis").departementId();
        long survey = survey(
                demo,
                SurveyStatus.PUBLISHED,
                Map.of(AudienceDimension.COUNCIL, Set.of(Long.toString(Long.MAX_VALUE))),
                EVERYONE);
        for (String subject : List.of("claire", "thomas", "yanis", "odpe", "admin")) {
            Viewer professional = TestSignIn.viewer(context, subject);
            assertThat(access.decide(professional, survey, SurveyInformation.ANSWERING)
                            .allowed())
                    .as(subject)
                    .isFalse();
            assertThatThrownBy(() -> access.requireRespondent(professional, survey))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(access.decide(TestSignIn.viewer(context, "yanis"), survey, SurveyInformation.RESULTS)
                        .allowed())
                .isTrue();
        assertThat(access.decide(TestSignIn.viewer(context, "claire"), survey, SurveyInformation.RESULTS)
                        .allowed())
                .as("a référent never reads a survey's answers")
                .isFalse();
    }
}
