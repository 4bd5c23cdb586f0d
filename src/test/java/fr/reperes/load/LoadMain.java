package fr.reperes.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver alone, against applications already running: {@code LoadMain <portal-url> <bare-url|-> <users>...}
 * (the test's classpath; see README.md "Charge"). Writes target/load-report.md.
 */
public final class LoadMain {

    private LoadMain() {}

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(args[0]);
        URI bare = "-".equals(args[1]) ? null : URI.create(args[1]);
        List<LoadReport.Level> levels = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            int users = Integer.parseInt(args[i]);
            LoadSettings settings = LoadSettings.fromSystemProperties(users);
            Recorder portalRun = new LoadDriver(portal, Journey.portal(), true, null).run(settings, 42L + users);
            System.out.println(LoadReport.summary("portal", users, portalRun));
            Recorder bareRun = null;
            if (bare != null) {
                bareRun = new LoadDriver(bare, List.of(Journey.BARE_CLICKS), false, null).run(settings, 7L + users);
                System.out.println(LoadReport.summary("bare", users, bareRun));
            }
            levels.add(new LoadReport.Level(settings, portalRun, bareRun));
        }
        Path report = Path.of("target", "load-report.md");
        Files.writeString(report, LoadReport.markdown(levels, "LoadMain " + String.join(" ", args)));
        System.out.println("Written " + report.toAbsolutePath());
    }
}
