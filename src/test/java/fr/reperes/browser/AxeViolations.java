package fr.reperes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** The accessibility check of a page (WCAG 2.1 A and AA, as axe tags them), with violations readable on failure. */
final class AxeViolations {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * The newest axe-core that resolves (npm's axe-core 4.14.1, src/test/resources/axe.min.js, MPL-2.0): the Java
     * binding bundles 4.11, where the WCAG 2.5.3 rule (label-content-name-mismatch) was still experimental and off.
     * The test class path comes before the binding's jar, so AxeBuilder injects this one.
     */
    static final String AXE_VERSION = "4.14.1";

    private AxeViolations() {}

    static void assertNone(Page page) {
        // Judge what people see once it has settled, not a notification halfway through fading in.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        assertThat(results.getViolations()).as(format(results.getViolations())).isEmpty();
        assertThat(results.getPasses()).isNotEmpty();
        assertThat(page.evaluate("() => axe.version")).as("axe-core injected").isEqualTo(AXE_VERSION);
    }

    static String format(List<Rule> violations) {
        if (violations == null || violations.isEmpty()) {
            return "no axe violations";
        }
        StringBuilder text = new StringBuilder().append(violations.size()).append(" axe violation(s):\n");
        for (Rule rule : violations) {
            text.append("- [")
                    .append(rule.getImpact())
                    .append("] ")
                    .append(rule.getId())
                    .append(": ")
                    .append(rule.getHelp())
                    .append('\n');
            for (CheckedNode node : rule.getNodes()) {
                text.append("    target: ")
                        .append(target(node.getTarget()))
                        .append('\n')
                        .append("    html:   ")
                        .append(oneLine(node.getHtml()))
                        .append('\n');
                if (node.getFailureSummary() != null) {
                    text.append("    why:    ")
                            .append(oneLine(node.getFailureSummary()))
                            .append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String target(Object target) {
        if (target instanceof List<?> list) {
            return list.stream().map(AxeViolations::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    private static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
