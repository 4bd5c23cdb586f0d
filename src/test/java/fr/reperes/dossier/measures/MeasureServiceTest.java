package fr.reperes.dossier.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.VisitingRights;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MeasureServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MeasureService measures;

    @Autowired
    AuditJournal journal;

    @Autowired
    JdbcClient jdbc;

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private long leo() {
        return jdbc.sql("SELECT id FROM young_person WHERE first_name = 'Léo' AND last_name = 'Lefèvre'")
                .query(Long.class)
                .single();
    }

    @Test
    void sofiaSeesLeosPlacementKindButNeverTheFosterFamilysNameAddressOrPhone() {
        Viewer sofia = viewer("sofia");
        long measuresBefore = journal.count(leo(), sofia.accountId(), InformationKind.MEASURES);
        YoungPersonMeasures leo = measures.measures(sofia, leo());

        MeasureLine placement = leo.measures().getFirst();
        assertThat(placement.kind()).isEqualTo(MeasureKind.PLACEMENT_JUDICIAIRE);
        assertThat(placement.placement().kind()).isEqualTo(PlacementKind.FAMILLE_ACCUEIL);
        assertThat(placement.placement().withheld()).isTrue();
        assertThat(placement.placement().name()).isNull();
        assertThat(placement.placement().address()).isNull();
        assertThat(placement.placement().phone()).isNull();
        assertThat(leo.toString()).doesNotContain("Dumont", "Wimereux", "Mouettes", "06 00 00 40 00");
        assertThat(placement.visitingRights()).isEqualTo(VisitingRights.MEDIATED);
        assertThat(journal.count(leo(), sofia.accountId(), InformationKind.MEASURES))
                .isEqualTo(measuresBefore + 1);
        assertThat(journal.count(leo(), sofia.accountId(), InformationKind.PLACEMENT_LOCATION))
                .isZero();
    }

    @Test
    void claireFollowsLeoAndSeesWhereHeLives() {
        Viewer claire = viewer("claire");
        long before = journal.count(leo(), claire.accountId(), InformationKind.PLACEMENT_LOCATION);
        MeasureLine placement = measures.measures(claire, leo()).measures().getFirst();
        assertThat(placement.placement().withheld()).isFalse();
        assertThat(placement.placement().address()).contains("Wimereux");
        assertThat(journal.count(leo(), claire.accountId(), InformationKind.PLACEMENT_LOCATION))
                .isEqualTo(before + 1);
    }

    @Test
    void karimSeesLinasMecsAndTheHistoryOfHerMeasures() {
        Viewer karim = viewer("karim");
        long lina = viewer("lina").youngPersonId();
        long before = journal.count(lina, karim.accountId(), InformationKind.PLACEMENT_LOCATION);
        YoungPersonMeasures result = measures.measures(karim, lina);
        assertThat(result.measures())
                .extracting(MeasureLine::kind)
                .containsExactly(MeasureKind.PLACEMENT_JUDICIAIRE, MeasureKind.OPP);
        assertThat(result.measures())
                .extracting(MeasureLine::status)
                .containsExactly(MeasureLine.Status.ACTIVE, MeasureLine.Status.ENDED);
        assertThat(result.measures().getFirst().placement().name()).isEqualTo("MECS Les Tilleuls");
        assertThat(journal.count(lina, karim.accountId(), InformationKind.PLACEMENT_LOCATION))
                .isEqualTo(before + 1);
    }

    @Test
    void nadiaAndThomasAreRefusedLinasMeasures() {
        long lina = viewer("lina").youngPersonId();
        assertThatThrownBy(() -> measures.measures(viewer("nadia"), lina)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> measures.measures(viewer("thomas"), lina)).isInstanceOf(AccessRefusedException.class);
        assertThat(measures.mine(viewer("nadia"))).isEmpty();
    }

    @Test
    void aYoungPersonReadsTheirOwnAndAParentThoseOfEachOpenChild() {
        assertThat(measures.mine(viewer("mehdi")))
                .singleElement()
                .satisfies(m ->
                        assertThat(m.measures()).extracting(MeasureLine::kind).containsExactly(MeasureKind.AEMO));
        assertThat(measures.mine(viewer("karim")))
                .extracting(YoungPersonMeasures::firstName)
                .contains("Lina");
        assertThat(measures.mine(viewer("amina"))
                        .getFirst()
                        .measures()
                        .getFirst()
                        .kind())
                .isEqualTo(MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR);
    }

    @Test
    void everyGeneratedYoungPersonHasAMeasure() {
        // Tests add young people of their own after the demo's, most without measures (PathwayPeople's are all
        // "Parcours", some placed): only the demo's are counted.
        long without = jdbc.sql("""
                        SELECT COUNT(*) FROM young_person yp JOIN departement d ON d.id = yp.departement_id
                        WHERE d.code = 'DEMO' AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.young_person_id = yp.id)
                          AND yp.id <= (SELECT MAX(m.young_person_id) FROM measure m
                                        JOIN young_person y ON y.id = m.young_person_id
                                        WHERE y.departement_id = d.id AND y.last_name <> 'Parcours')""").query(Long.class).single();
        assertThat(without).isZero();
    }
}
