package fr.reperes.content.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.dossier.imports.DossierImport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two (then three) instances starting at the same moment on a département with no content: every instance starts
 * (none fails on the unique book code), and the département has every shipped book once, each page once.
 */
@IntegrationTest
class DefaultContentLoaderTest {

    @Autowired
    DefaultContentLoader loader;

    @Autowired
    DefaultContent defaults;

    @Autowired
    DossierImport dossier;

    @Autowired
    JdbcClient jdbc;

    @RepeatedTest(3)
    void instancesStartingTogetherOnADepartementWithoutContentPublishItOnceAndAllStart() throws Exception {
        for (int instances = 2; instances <= 3; instances++) {
            long dep = dossier.departement("N" + UUID.randomUUID().toString().substring(0, 8), "Département neuf");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> started = new ArrayList<>();
            try (ExecutorService servers = Executors.newFixedThreadPool(instances)) {
                for (int i = 0; i < instances; i++) {
                    started.add(servers.submit(() -> {
                        start.await();
                        return loader.load(dep);
                    }));
                }
                start.countDown();
                int published = 0;
                for (Future<Integer> instance : started) {
                    published += instance.get(); // throws if an instance failed to start
                }
                assertThat(published).isEqualTo(defaults.books().size());
            }
            assertThat(count("SELECT COUNT(*) FROM content_book WHERE departement_id = " + dep))
                    .isEqualTo(defaults.books().size());
            assertThat(count("SELECT COUNT(*) FROM content_page p JOIN content_book b ON b.id = p.book_id"
                            + " WHERE b.departement_id = " + dep))
                    .isEqualTo(defaults.books().stream()
                            .mapToInt(b -> b.pages().size())
                            .sum());
        }
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
