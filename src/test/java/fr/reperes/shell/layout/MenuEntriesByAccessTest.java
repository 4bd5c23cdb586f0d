package fr.reperes.shell.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.reperes.KaribuTest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The menu kept once per set of authorities is, for every role, what Vaadin computes for the person at that moment;
 * and people of different roles never share one.
 */
class MenuEntriesByAccessTest extends KaribuTest {

    @Test
    void eachRoleGetsTheEntriesVaadinComputesForIt() {
        MenuEntriesByAccess cache = context.getBean(MenuEntriesByAccess.class);
        AuthenticationContext authentication = context.getBean(AuthenticationContext.class);
        Map<String, List<MenuEntry>> byPersona = new HashMap<>();
        for (String persona : List.of("lina", "karim", "claire", "yanis", "odpe", "admin", "mehdi", "lina")) {
            signInAs(persona);
            open("");
            List<MenuEntry> cached = cache.current(authentication, Locale.FRENCH);
            assertThat(cached).as(persona).isEqualTo(MenuConfiguration.getMenuEntries());
            byPersona.put(persona, cached);
        }
        assertThat(byPersona.get("lina")).isEqualTo(byPersona.get("mehdi"));
        assertThat(byPersona.get("lina")).isNotEqualTo(byPersona.get("claire"));
        assertThat(byPersona.get("claire")).isNotEqualTo(byPersona.get("odpe"));
    }
}
