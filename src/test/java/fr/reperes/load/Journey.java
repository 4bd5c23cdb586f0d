package fr.reperes.load;

import fr.reperes.load.VaadinClient.LoadFailure;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import loadtest.bare.BareView;

/**
 * The persona journeys of the mixed scenario, each as its persona's browser would make it, with think time between
 * steps, and the bare application's. A journey that cannot find what it must click fails as an error of its step.
 */
enum Journey {
    /** Lina reads her PPE, sometimes says "J'ai lu" under it, then looks at her meetings. */
    LINA_READS_HER_PPE("lina", 25) {
        @Override
        void run(VaadinClient client, Think think) {
            client.open("");
            think.pause();
            client.navigate("ppe");
            think.pause();
            if (think.settings().writes() && think.chance(think.settings().reactShare())) {
                UiTree tree = client.tree();
                UiTree.Node kind = required(
                        tree.first(n -> "vaadin-radio-group".equals(n.tag)
                                && n.properties.getOrDefault("label", "").startsWith("Qu’en")),
                        "reaction choice");
                client.setValue(kind, "1", "field");
                think.pause();
                client.click(required(tree.button("Envoyer"), "reaction send button"), "click");
                think.pause();
            }
            client.navigate("rendez-vous");
            think.pause();
        }
    },
    /** Karim, Lina's father, reads the notes of her last meeting, then her PPE. */
    KARIM_READS_MEETING_NOTES("karim", 20) {
        @Override
        void run(VaadinClient client, Think think) {
            client.open("");
            think.pause();
            client.navigate("rendez-vous");
            think.pause();
            client.navigate("ppe");
            think.pause();
        }
    },
    /** Claire, référente, pages her caseload, searches it, and opens a young person's file. */
    CLAIRE_PAGES_HER_CASELOAD("claire", 20) {
        @Override
        void run(VaadinClient client, Think think) {
            client.open("");
            UiTree tree = client.tree();
            UiTree.Node grid = required(tree.byTag("vaadin-grid"), "caseload grid");
            think.pause();
            client.gridRange(grid, 0, 50);
            UiTree.Node search = required(tree.byId("recherche-jeune"), "caseload search");
            think.pause();
            client.setValue(search, "a", "field");
            client.gridRange(grid, 0, 50);
            think.pause();
            client.setValue(search, "", "field");
            client.gridRange(grid, 0, 50);
            // The rows are drawn in the browser from their data: their links are in the grid's answer.
            List<String> files = client.inLastAnswers("jeune/[0-9]+");
            if (files.isEmpty()) {
                throw new StepMissing("no young person's link in the caseload");
            }
            think.pause();
            client.navigate(files.get(think.random().nextInt(files.size())));
            think.pause();
        }
    },
    /**
     * Mehdi opens his council's votes and the open one; if his ballot is not cast yet he chooses and confirms, else the
     * page says he has voted (a second ballot is not offered: an answer, not an error).
     */
    MEHDI_VOTES("mehdi", 15) {
        @Override
        void run(VaadinClient client, Think think) {
            client.open("conseil");
            think.pause();
            List<String> councils = client.tree().links("conseil/[0-9]+");
            if (councils.isEmpty()) {
                throw new StepMissing("no council link for mehdi");
            }
            client.navigate(councils.get(0) + "/votes");
            think.pause();
            // The open vote's link says "Voter : <title>"; once his ballot is cast, it leads to the same page.
            List<String> votes = client.tree().links("conseil/[0-9]+/votes/[0-9]+", "Voter");
            if (votes.isEmpty()) {
                votes = client.tree().links("conseil/[0-9]+/votes/[0-9]+");
            }
            if (votes.isEmpty()) {
                throw new StepMissing("no vote link for mehdi");
            }
            client.navigate(votes.get(0));
            think.pause();
            UiTree tree = client.tree();
            Optional<UiTree.Node> send = tree.button("Envoyer mon vote");
            if (send.isEmpty()) {
                think.outcome("vote: already cast or closed, no ballot offered");
                return;
            }
            if (!think.settings().writes()) {
                think.outcome("vote: ballot offered, not cast (read-only run)");
                return;
            }
            for (UiTree.Node group : tree.all(n -> "vaadin-radio-group".equals(n.tag))) {
                client.setValue(group, "1", "field");
            }
            think.pause();
            client.click(send.get(), "click");
            UiTree.Node confirm = required(tree.byTag("vaadin-confirm-dialog"), "vote confirmation");
            client.domEvent(confirm, "confirm", "click");
            think.outcome(
                    tree.byId("recu").isPresent()
                            ? "vote: cast, receipt shown"
                            : "vote: refused (answer shown on the page)");
            think.pause();
        }
    },
    /** A respondent (Lina, 17, asked by the leaving-care survey) answers its pages, or goes on with her answers. */
    RESPONDENT_ANSWERS_A_SURVEY("lina", 20) {
        @Override
        void run(VaadinClient client, Think think) {
            client.open("mes-questionnaires");
            think.pause();
            List<String> surveys = client.tree().links("mes-questionnaires/[0-9]+");
            if (surveys.isEmpty()) {
                throw new StepMissing("no open survey for the respondent");
            }
            client.navigate(surveys.get(0));
            think.pause();
            UiTree tree = client.tree();
            if (!think.settings().writes()) {
                think.outcome("survey: opened, not answered (read-only run)");
                return;
            }
            Optional<UiTree.Node> start = tree.byId("survey-start");
            if (start.isPresent()) {
                client.click(start.get(), "click");
                think.outcome("survey: started");
            } else {
                think.outcome("survey: went on with earlier answers");
            }
            for (int page = 0; page < 3; page++) {
                for (UiTree.Node question : tree.all(n ->
                        "vaadin-radio-group".equals(n.tag) && n.attribute("id").startsWith("question-"))) {
                    think.pause();
                    client.setValue(question, "1", "field");
                }
                Optional<UiTree.Node> next = tree.byId("survey-next");
                if (next.isEmpty()) {
                    think.outcome("survey: last page reached");
                    break;
                }
                think.pause();
                client.click(next.get(), "click");
            }
            think.pause();
        }
    },
    /**
     * The observatory's reader (the ODPE) opens an indicator's figures, then the results of a closed survey: both pages
     * must hold their figures under the mixed load (a table of counts on each), not merely answer.
     */
    ODPE_READS_FIGURES("odpe", 5) {
        @Override
        void run(VaadinClient client, Think think) {
            client.open("observatoire");
            think.pause();
            List<String> indicators = client.tree().links("observatoire/[a-z0-9-]+").stream()
                    .filter(link -> !link.endsWith("/rapport"))
                    .toList();
            if (indicators.isEmpty()) {
                throw new StepMissing("no indicator link for the observatory");
            }
            client.navigate(indicators.get(think.random().nextInt(indicators.size())));
            think.outcome(
                    figures(client.tree(), "observatory-summary")
                            ? "observatory: figures shown"
                            : "observatory: no figures");
            think.pause();
            client.navigate("questionnaires");
            think.pause();
            List<String> results = client.tree().links("questionnaires/[0-9]+/resultats");
            if (results.isEmpty()) {
                throw new StepMissing("no survey results link for the observatory");
            }
            // An open survey's results have no counts before its close: the first closed one's have.
            for (String link : results) {
                client.navigate(link);
                if (client.tree().first(n -> "table".equals(n.tag)).isPresent()) {
                    think.outcome("survey results: counts shown");
                    break;
                }
            }
            think.pause();
        }

        /** The page's summary in words and at least one table of counts. */
        private static boolean figures(UiTree tree, String summaryId) {
            return tree.byId(summaryId)
                            .filter(summary -> !tree.text(summary).isBlank())
                            .isPresent()
                    && tree.first(n -> "table".equals(n.tag)).isPresent();
        }
    },
    /** The bare application: its one route, then its one button, clicked a few times. */
    BARE_CLICKS("", 0) {
        @Override
        void run(VaadinClient client, Think think) {
            client.open("");
            for (int i = 0; i < 3; i++) {
                think.pause();
                client.click(required(client.tree().button(BareView.BUTTON), "bare button"), "click");
            }
            think.pause();
        }
    };

    final String username;
    final int weight;

    Journey(String username, int weight) {
        this.username = username;
        this.weight = weight;
    }

    abstract void run(VaadinClient client, Think think);

    static List<Journey> portal() {
        return List.of(
                LINA_READS_HER_PPE,
                KARIM_READS_MEETING_NOTES,
                CLAIRE_PAGES_HER_CASELOAD,
                MEHDI_VOTES,
                RESPONDENT_ANSWERS_A_SURVEY,
                ODPE_READS_FIGURES);
    }

    /** A journey drawn by the weights of the mixed scenario. */
    static Journey draw(List<Journey> journeys, RandomGenerator random) {
        int total = journeys.stream().mapToInt(j -> Math.max(1, j.weight)).sum();
        int roll = random.nextInt(total);
        for (Journey journey : journeys) {
            roll -= Math.max(1, journey.weight);
            if (roll < 0) {
                return journey;
            }
        }
        return journeys.getLast();
    }

    /**
     * What a journey must find on its page is not there: an error of the journey (the requests themselves answered),
     * counted as such in the report, never a silent end of the visit.
     */
    static final class StepMissing extends LoadFailure {
        StepMissing(String message) {
            super(message);
        }
    }

    static UiTree.Node required(Optional<UiTree.Node> node, String what) {
        return node.orElseThrow(() -> new StepMissing("not on the page: " + what));
    }
}
