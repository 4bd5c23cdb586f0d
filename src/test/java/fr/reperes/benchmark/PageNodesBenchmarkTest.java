package fr.reperes.benchmark;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import fr.reperes.KaribuTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The weight of each page of the load scenario's journeys, in state nodes (what a session keeps of a page, and what
 * the server encodes when the page opens), rerunnable with {@code ./mvnw -Pbenchmark test
 * -Dtest=PageNodesBenchmarkTest}. Written to target/benchmark-page-nodes.md: which pages to lighten first.
 */
@Tag("benchmark")
class PageNodesBenchmarkTest extends KaribuTest {

    private record Visit(String subject, String route) {}

    private static final List<Visit> VISITS = List.of(
            new Visit("lina", ""),
            new Visit("lina", "ppe"),
            new Visit("lina", "rendez-vous"),
            new Visit("lina", "mes-questionnaires"),
            new Visit("karim", ""),
            new Visit("karim", "rendez-vous"),
            new Visit("karim", "ppe"),
            new Visit("claire", ""),
            new Visit("mehdi", "conseil"),
            new Visit("odpe", "observatoire"),
            new Visit("odpe", "questionnaires"));

    @Test
    void nodesPerPage() throws IOException {
        StringBuilder md =
                new StringBuilder("# State nodes per page\n\n| who | page | nodes (whole UI) |\n|---|---|---:|\n");
        for (Visit visit : VISITS) {
            signInAs(visit.subject());
            UI.getCurrent().navigate(visit.route());
            MockVaadin.clientRoundtrip(false);
            int[] count = {0};
            UI.getCurrent().getElement().getNode().visitNodeTree(node -> count[0]++);
            md.append(String.format(Locale.ROOT, "| %s | /%s | %d |%n", visit.subject(), visit.route(), count[0]));
            tearDownVaadin();
        }
        signInAs("lina");
        System.out.println(md);
        Files.writeString(Path.of("target/benchmark-page-nodes.md"), md.toString());
    }
}
