package fr.reperes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The council's pages on a 360-px phone for a member, a young person who is not one, a parent and the animateur: each
 * fits the phone's width and has no axe violation (WCAG 2.1 A and AA).
 */
class CouncilMembersInChromiumTest extends BrowserTest {

    @Test
    void everyCouncilPageFitsAPhoneAndPassesAxeForEachReader() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long council = jdbc.sql("SELECT id FROM council WHERE name = 'Conseil départemental des jeunes'")
                .query(Long.class)
                .single();
        long session = jdbc.sql("""
                        SELECT MIN(id) FROM council_session
                        WHERE council_id = :council AND minutes_published_at IS NOT NULL""").param("council", council).query(Long.class).single();
        Map<String, List<String>> pages = Map.of(
                "mehdi", List.of("", "conseil", "conseil/" + council, "conseil/" + council + "/seances/" + session),
                "lina", List.of("conseil", "conseil/" + council),
                "karim", List.of("conseil"),
                "yanis", List.of("animation/" + council, "conseil/" + council));
        List<String> wide = new ArrayList<>();
        pages.forEach((persona, paths) -> {
            Page page = signIn(persona, 360, 740);
            for (String path : paths) {
                open(page, path);
                page.locator("h1").first().waitFor();
                AxeViolations.assertNone(page);
                double width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
                if (width > 360) {
                    wide.add(persona + " /" + path + ": " + width);
                }
            }
        });
        assertThat(wide).as("pages wider than the phone").isEmpty();
    }
}
