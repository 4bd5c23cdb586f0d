package fr.reperes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who is offered which livret at which moment ({@link LivretOffers#offer}, what the home calls at each sign-in), the
 * acknowledgement, and what the référent sees of it. Each case changes one fact: the reader (young person, parent with
 * authority, parent whose authority was withdrawn, parent of a grown child who has or has not granted, parent under an
 * anonymity order), the measure (in force, not started, ended, a kind the département wrote no livret for), a second
 * sign-in.
 */
@IntegrationTest
class LivretOffersTest {

    @Autowired
    LivretOffers offers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private LivretFamily family;

    @BeforeEach
    void ownDepartement() {
        family = new LivretFamily(context);
    }

    @Test
    void aYoungPersonIsOfferedTheLivretOfEachMeasureInForceOnceWhateverTheSignIns() {
        long yp = family.youngPerson(12, false);
        long placement = family.measure(yp, MeasureKind.OPP, family.today.minusDays(10), null);
        long aemo = family.measure(yp, MeasureKind.AEMO_RENFORCEE, family.today, family.today.plusMonths(6));
        Viewer young = family.young(yp);

        List<LivretOffer> first = offers.offer(young);
        List<LivretOffer> second = offers.offer(young);

        assertThat(first)
                .extracting(LivretOffer::measureId, LivretOffer::bookCode, LivretOffer::acknowledged)
                .containsExactlyInAnyOrder(
                        tuple(placement, "WELCOME_PLACEMENT", false), tuple(aemo, "WELCOME_AEMO", false));
        assertThat(second).isEqualTo(first);
        assertThat(rows(yp)).isEqualTo(2);
    }

    @Test
    void aParentIsOfferedTheLivretOnlyWhereThePolicyOpensTheChildsFile() {
        long child = family.youngPerson(10, false);
        long measure = family.measure(child, MeasureKind.PLACEMENT_JUDICIAIRE, family.today.minusDays(3), null);
        Viewer holds = family.parentOf(child, ParentalAuthority.HOLDS, false);
        Viewer withdrawn = family.parentOf(child, ParentalAuthority.WITHDRAWN, false);

        assertThat(offers.offer(holds)).extracting(LivretOffer::measureId).containsExactly(measure);
        assertThat(offers.offer(holds).getFirst().firstName()).isEqualTo("Jeune");
        assertThat(offers.offer(withdrawn)).isEmpty();

        // A grown child decides: a parent they have not granted is offered nothing, one they granted is.
        long adult = family.youngPerson(19, false);
        long adultMeasure = family.measure(adult, MeasureKind.PLACEMENT_JUDICIAIRE, family.today.minusDays(3), null);
        assertThat(offers.offer(family.parentOf(adult, ParentalAuthority.HOLDS, false)))
                .isEmpty();
        assertThat(offers.offer(family.parentOf(adult, ParentalAuthority.HOLDS, true)))
                .extracting(LivretOffer::measureId)
                .containsExactly(adultMeasure);

        // An anonymity order hides where the child lives, not the measure: the livret names no place.
        long hidden = family.youngPerson(8, true);
        long hiddenMeasure = family.measure(hidden, MeasureKind.OPP, family.today.minusDays(1), null);
        assertThat(offers.offer(family.parentOf(hidden, ParentalAuthority.HOLDS, false)))
                .extracting(LivretOffer::measureId)
                .containsExactly(hiddenMeasure);
        assertThat(rows(child)).isEqualTo(1);
        assertThat(rows(adult)).isEqualTo(1);
    }

    @Test
    void measuresNotInForceAndKindsWithoutALivretAreNotOffered() {
        long yp = family.youngPerson(14, false);
        family.measure(yp, MeasureKind.OPP, family.today.plusDays(1), null);
        family.measure(yp, MeasureKind.AEMO, family.today.minusYears(1), family.today.minusDays(1));
        long mjie = family.measure(yp, MeasureKind.MJIE, family.today.minusDays(5), null);
        Viewer young = family.young(yp);
        Viewer parent = family.parentOf(yp, ParentalAuthority.HOLDS, false);

        assertThat(offers.offer(young)).isEmpty();
        assertThat(offers.offer(parent)).isEmpty();
        assertThat(rows(yp)).isZero();
        // The référent sees the measure in force and that the département wrote no livret for its kind; the one not
        // started and the one ended are not listed.
        assertThat(offers.ofYoungPerson(family.referent, yp))
                .extracting(MeasureLivret::measureId, MeasureLivret::livretWritten)
                .containsExactly(tuple(mjie, false));
    }

    @Test
    void professionalsAreOfferedNothing() {
        long yp = family.youngPerson(12, false);
        family.measure(yp, MeasureKind.OPP, family.today.minusDays(2), null);
        assertThat(offers.offer(family.referent)).isEmpty();
        assertThat(rows(yp)).isZero();
    }

    @Test
    void theReferentSeesWhoWasOfferedTheLivretAndWhoAcknowledgedItInWhichLanguage() {
        long yp = family.youngPerson(15, false);
        long measure = family.measure(yp, MeasureKind.OPP, family.today.minusDays(4), null);
        Viewer young = family.young(yp);
        Viewer parent = family.parentOf(yp, ParentalAuthority.HOLDS, false);
        LivretOffer youngOffer = offers.offer(young).getFirst();
        offers.offer(parent);
        readsIn(young, PageLanguage.AR);

        assertThat(offers.ofYoungPerson(family.referent, yp).getFirst().acknowledgedByAnyone())
                .isFalse();
        Instant acknowledged = offers.acknowledge(young, youngOffer.id());
        // Once: a second click, even in another language, keeps the first acknowledgement.
        readsIn(young, PageLanguage.EN);
        assertThat(offers.acknowledge(young, youngOffer.id())).isEqualTo(acknowledged);

        MeasureLivret seen = offers.ofYoungPerson(family.referent, yp).getFirst();
        assertThat(seen.measureId()).isEqualTo(measure);
        assertThat(seen.livretWritten()).isTrue();
        assertThat(seen.acknowledgedByAnyone()).isTrue();
        assertThat(seen.offered())
                .extracting(
                        MeasureLivret.Offered::youngPerson,
                        MeasureLivret.Offered::acknowledged,
                        MeasureLivret.Offered::acknowledgedLanguage)
                .containsExactlyInAnyOrder(tuple(true, true, PageLanguage.AR), tuple(false, false, null));
        assertThat(seen.offered())
                .allSatisfy(offered -> assertThat(offered.readerName()).matches("(Jeune|Parent) Livret .+"));
        assertThat(offers.offer(young).getFirst().acknowledgedLanguage()).isEqualTo(PageLanguage.AR);
        // The référent's read is journaled for the young person.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE young_person_id = :yp AND actor_account_id = :a")
                        .param("yp", yp)
                        .param("a", family.referent.accountId())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void anOfferIsAcknowledgedByItsReaderAloneAndAnIdThatNamesNothingIsRefusedAlike() {
        long yp = family.youngPerson(13, false);
        family.measure(yp, MeasureKind.OPP, family.today.minusDays(4), null);
        Viewer young = family.young(yp);
        Viewer parent = family.parentOf(yp, ParentalAuthority.HOLDS, false);
        long offer = offers.offer(young).getFirst().id();
        offers.offer(parent);
        Viewer lina = TestSignIn.viewer(context, "lina");

        for (Viewer other : List.of(parent, family.referent, lina)) {
            assertThatThrownBy(() -> offers.acknowledge(other, offer)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> offers.acknowledge(other, Long.MAX_VALUE))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(offers.ofYoungPerson(family.referent, yp).getFirst().acknowledgedByAnyone())
                .isFalse();
    }

    @Test
    void onlyTheProfessionalsWhoFollowTheYoungPersonSeeTheAcknowledgements() {
        long yp = family.youngPerson(13, false);
        family.measure(yp, MeasureKind.OPP, family.today.minusDays(4), null);
        Viewer young = family.young(yp);
        Viewer parent = family.parentOf(yp, ParentalAuthority.HOLDS, false);
        offers.offer(young);
        long otherProfessional = context.getBean(DossierImport.class)
                .professional(family.departementId, null, "Autre", "Référent", "Éducateur", null, null);
        Viewer otherReferent = family.professional(otherProfessional);
        LivretFamily elsewhere = new LivretFamily(context);

        for (Viewer refused : List.of(
                otherReferent,
                elsewhere.referent,
                young,
                parent,
                TestSignIn.viewer(context, "claire"),
                TestSignIn.viewer(context, "admin"))) {
            assertThatThrownBy(() -> offers.ofYoungPerson(refused, yp))
                    .as(refused.displayName())
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(offers.ofYoungPerson(family.referent, yp)).hasSize(1);
    }

    private void readsIn(Viewer viewer, PageLanguage language) {
        jdbc.sql("INSERT INTO content_reading_language (account_id, language) VALUES (:a, :l)"
                        + " ON DUPLICATE KEY UPDATE language = VALUES(language)")
                .param("a", viewer.accountId())
                .param("l", language.name())
                .update();
    }

    private int rows(long youngPersonId) {
        return jdbc.sql("SELECT COUNT(*) FROM livret_offer WHERE young_person_id = :yp")
                .param("yp", youngPersonId)
                .query(Integer.class)
                .single();
    }
}
