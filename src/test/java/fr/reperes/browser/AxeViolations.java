package fr.reperes.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.stream.Collectors;

/** axe violations as a readable assertion message. */
final class AxeViolations {

    private AxeViolations() {
    }

    static String format(List<Rule> violations) {
        if (violations == null || violations.isEmpty()) {
            return "no axe violations";
        }
        StringBuilder text = new StringBuilder().append(violations.size()).append(" axe violation(s):\n");
        for (Rule rule : violations) {
            text.append("- [").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
                    .append(rule.getHelp()).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                text.append("    target: ").append(target(node.getTarget())).append('\n')
                        .append("    html:   ").append(oneLine(node.getHtml())).append('\n');
                if (node.getFailureSummary() != null) {
                    text.append("    why:    ").append(oneLine(node.getFailureSummary())).append('\n');
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
