package fr.reperes.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The Markdown of target/load-report.md: the portal and the bare application side by side, level by level. */
final class LoadReport {

    /** The target of issue 15 at 500 users: p95 under this, and at most RATIO times the bare application's. */
    static final double TARGET_P95_MS = 100;

    static final double TARGET_RATIO = 1.5;

    record Level(
            LoadSettings settings,
            Recorder portal,
            @Nullable Recorder bare) {}

    private static final List<String> ORDER =
            List.of("all", "sign-in", "bootstrap", "init", "navigate", "click", "field", "grid-page", "sign-out");

    static String summary(String app, int users, Recorder run) {
        Recorder.Stats all = run.stats().get("all");
        return String.format(
                Locale.ROOT,
                "%s @%d users: %d requests in %.0f s (%.1f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors %s,"
                        + " server CPU %.2f ms/request",
                app,
                users,
                run.requests(),
                run.seconds(),
                run.requests() / run.seconds(),
                all.p50(),
                all.p95(),
                all.p99(),
                run.errorCount(),
                run.errorSamples(),
                run.serverCpuMillisPerRequest());
    }

    static String markdown(List<Level> levels, String context) {
        StringBuilder md = new StringBuilder();
        md.append("# Load: the portal beside a bare Vaadin application\n\n");
        md.append("Written ")
                .append(Instant.now())
                .append(" by ")
                .append(context)
                .append(". Round trips measured by the driver (client side), in milliseconds, over the steady")
                .append(" window only. \"all\" is every request but the sign-in (a flow of five requests).")
                .append(" Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, shared with the driver.\n\n");
        md.append("| users | portal p95 all | bare p95 all | ratio | portal p95 < ")
                .append((int) TARGET_P95_MS)
                .append(" ms | ratio ≤ ")
                .append(TARGET_RATIO)
                .append(" | portal errors | portal req/s | bare req/s | portal CPU ms/req | bare CPU ms/req |"
                        + " CPU ratio | portal CPU share |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Level level : levels) {
            Recorder.Stats portal = level.portal().stats().get("all");
            Recorder.Stats bare =
                    level.bare() == null ? null : level.bare().stats().get("all");
            double ratio = bare == null ? Double.NaN : portal.p95() / bare.p95();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.1f | %s | %s | %s | %s | %d | %.1f | %s | %.2f | %s | %s | %.0f %% |\n",
                    level.settings().users(),
                    portal.p95(),
                    bare == null ? "–" : String.format(Locale.ROOT, "%.1f", bare.p95()),
                    bare == null ? "–" : String.format(Locale.ROOT, "%.2f", ratio),
                    portal.p95() < TARGET_P95_MS ? "yes" : "**no**",
                    bare == null ? "–" : ratio <= TARGET_RATIO ? "yes" : "**no**",
                    level.portal().errorCount(),
                    level.portal().requests() / level.portal().seconds(),
                    level.bare() == null
                            ? "–"
                            : String.format(
                                    Locale.ROOT,
                                    "%.1f",
                                    level.bare().requests() / level.bare().seconds()),
                    level.portal().serverCpuMillisPerRequest(),
                    level.bare() == null
                            ? "–"
                            : String.format(Locale.ROOT, "%.2f", level.bare().serverCpuMillisPerRequest()),
                    level.bare() == null
                            ? "–"
                            : String.format(
                                    Locale.ROOT,
                                    "%.1f",
                                    level.portal().serverCpuMillisPerRequest()
                                            / level.bare().serverCpuMillisPerRequest()),
                    level.portal().serverCpuShare() * 100));
        }
        md.append("\nCPU ms/req: the server process's processor time during the window divided by the requests of the")
                .append(" window (sign-in included), a cost that does not depend on what else the machine runs;")
                .append(" CPU share: of one processor (200 % = both cores of this machine).\n");
        for (Level level : levels) {
            md.append("\n## ").append(level.settings().users()).append(" concurrent users\n\n");
            LoadSettings s = level.settings();
            md.append(String.format(
                    Locale.ROOT,
                    "Ramp %d s, measured %d s, think time %.1f–%.1f s, up to %d journeys per visit, Lina reacts in"
                            + " %.0f %% of her journeys.\n\n",
                    s.ramp().toSeconds(),
                    s.steady().toSeconds(),
                    s.thinkMin().toMillis() / 1000.0,
                    s.thinkMax().toMillis() / 1000.0,
                    s.journeysPerVisit(),
                    s.reactShare() * 100));
            md.append("| request | portal n | p50 | p95 | p99 | max | errors | bare n | p50 | p95 | p99 | errors |"
                    + " p95 ratio |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            Map<String, Recorder.Stats> portal = level.portal().stats();
            Map<String, Recorder.Stats> bare =
                    level.bare() == null ? Map.of() : level.bare().stats();
            Set<String> kinds = new LinkedHashSet<>(ORDER);
            kinds.addAll(portal.keySet());
            kinds.addAll(bare.keySet());
            for (String kind : kinds) {
                Recorder.Stats p = portal.get(kind);
                Recorder.Stats b = bare.get(kind);
                if (p == null && b == null) {
                    continue;
                }
                md.append("| ").append(kind).append(" | ");
                md.append(p == null ? "– | – | – | – | – | – | " : cells(p, true));
                md.append(b == null ? "– | – | – | – | – | " : cells(b, false));
                md.append(p == null || b == null ? "–" : String.format(Locale.ROOT, "%.2f", p.p95() / b.p95()));
                md.append(" |\n");
            }
            md.append(String.format(
                    Locale.ROOT,
                    "\nThroughput: portal %.1f requests/s (%d requests, %d errors)",
                    level.portal().requests() / level.portal().seconds(),
                    level.portal().requests(),
                    level.portal().errorCount()));
            if (level.bare() != null) {
                md.append(String.format(
                        Locale.ROOT,
                        "; bare %.1f requests/s (%d requests, %d errors)",
                        level.bare().requests() / level.bare().seconds(),
                        level.bare().requests(),
                        level.bare().errorCount()));
            }
            md.append(".\n");
            if (!level.portal().outcomes().isEmpty()) {
                md.append("\nOutcomes (answers, not errors): ")
                        .append(level.portal().outcomes())
                        .append("\n");
            }
            List<String> errors = new ArrayList<>(level.portal().errorSamples());
            if (level.bare() != null) {
                level.bare().errorSamples().forEach(e -> errors.add("bare " + e));
            }
            if (!errors.isEmpty()) {
                md.append("\nFirst errors (ramp included):\n\n");
                errors.forEach(e -> md.append("- ").append(e).append("\n"));
            }
        }
        return md.toString();
    }

    private static String cells(Recorder.Stats s, boolean withMax) {
        String cells = String.format(Locale.ROOT, "%d | %.1f | %.1f | %.1f | ", s.count(), s.p50(), s.p95(), s.p99());
        if (withMax) {
            cells += String.format(Locale.ROOT, "%.0f | ", s.max());
        }
        return cells + s.errors() + " | ";
    }
}
