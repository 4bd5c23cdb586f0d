package fr.reperes.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

import fr.reperes.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/**
 * Two instances starting at once on an empty database both find no demo: the one that loses the race on the
 * département's unique code (here: an instance that, like it, found no demo while the demo is there) starts anyway,
 * and loads nothing twice.
 */
@IntegrationTest
class DemoDataLoaderRaceTest {

    @Autowired
    DemoDepartement demo;

    @Autowired
    DemoDataProperties properties;

    @Autowired
    DemoSurveys surveys;

    @Autowired
    DemoContent content;

    @Autowired
    DemoAzur azur;

    @Autowired
    DemoLivretOffers livretOffers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theInstanceThatLosesTheRaceToLoadTheDemoStartsAndLoadsNothingTwice() {
        // The bean without its transaction proxy: the département's code is the load's first write either way.
        DemoDepartement sawNoDemoYet = spy(AopTestUtils.<DemoDepartement>getUltimateTargetObject(demo));
        doReturn(false).when(sawNoDemoYet).exists();
        int departements = count("SELECT COUNT(*) FROM departement");
        int youngPeople = count("SELECT COUNT(*) FROM young_person");
        int surveysBefore = count("SELECT COUNT(*) FROM survey");

        new DemoDataLoader(sawNoDemoYet, properties, surveys, content, azur, livretOffers).run(null);

        assertThat(count("SELECT COUNT(*) FROM departement")).isEqualTo(departements);
        assertThat(count("SELECT COUNT(*) FROM young_person")).isEqualTo(youngPeople);
        assertThat(count("SELECT COUNT(*) FROM survey")).isEqualTo(surveysBefore);
        assertThat(count("SELECT COUNT(*) FROM departement WHERE code = '" + DemoDepartement.CODE + "'"))
                .isOne();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
