package fr.reperes.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads the demo département once: on the first start against an empty database. Several instances starting at once
 * on an empty database all find no demo: the first to insert the département's unique code loads it in one
 * transaction, the others wait on that row and collide (or time out waiting), are rolled back whole, and start
 * without loading.
 */
@Component
@ConditionalOnProperty(name = "reperes.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDepartement demo;
    private final DemoDataProperties properties;
    private final DemoSurveys surveys;
    private final DemoContent content;
    private final DemoAzur azur;
    private final DemoLivretOffers livretOffers;

    DemoDataLoader(
            DemoDepartement demo,
            DemoDataProperties properties,
            DemoSurveys surveys,
            DemoContent content,
            DemoAzur azur,
            DemoLivretOffers livretOffers) {
        this.demo = demo;
        this.azur = azur;
        this.livretOffers = livretOffers;
        this.content = content;
        this.surveys = surveys;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.exists()) {
            return;
        }
        long started = System.nanoTime();
        try {
            demo.load(properties.population());
        } catch (DuplicateKeyException | PessimisticLockingFailureException anotherInstance) {
            log.info("Demo département loaded by another instance starting at the same time");
            return;
        }
        surveys.load();
        content.load();
        azur.load();
        livretOffers.load();
        log.info(
                "Demo département loaded: personas and {} generated young people in {} ms",
                properties.population(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
