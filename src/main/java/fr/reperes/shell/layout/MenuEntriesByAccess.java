package fr.reperes.shell.layout;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The menu's entries, once per set of authorities and language. {@link MenuConfiguration#getMenuEntries()} walks
 * every route and checks its access annotations at each call, and the layout is built at every page load: under load
 * that was 7 % of the portal's processor time (issue 15). Which routes a person may open depends only on the
 * authorities (the portal's access annotations are {@code @RolesAllowed}); what the menu then hides for this person
 * is the menu advisors' business, per viewer, as before.
 */
@Component
class MenuEntriesByAccess {

    private final Map<String, List<MenuEntry>> entries = new ConcurrentHashMap<>();

    List<MenuEntry> current(AuthenticationContext authentication, Locale locale) {
        String key = authentication.getGrantedAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .sorted()
                        .collect(Collectors.joining(","))
                + "|" + locale.toLanguageTag();
        return entries.computeIfAbsent(key, k -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
