package fr.reperes.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import fr.reperes.KaribuTest;
import fr.reperes.platform.BundleTranslations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.invocation.Invocation;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * One voice per reader, on every page the router knows: a young person is addressed with "tu" and reads "Mon PPE", a
 * parent with "vous" and reads about the child by first name. Each route (and the menu around it, and the refused
 * page of a route the reader may not open) is rendered for each young and parent persona, and every text the page
 * looked up in the bundle is checked for the other audience's forms. Checking the bundle's texts rather than the page
 * keeps what families and professionals wrote (a young person's own words shown to a parent) out of the check. A new
 * view is covered as soon as it is routed.
 */
class VoiceTest extends KaribuTest {

    /** "vous", "votre", "vos": how a parent or a professional is addressed, never a young person. */
    static final Pattern NOT_TO_A_YOUNG_PERSON = Pattern.compile(
            "(?<!rendez-)\\b(vous|votre|vos)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "tu", "ton", "ta", "tes", "te", "toi", "t’" and the reader's own "mon", "ma", "mes": how a young person is
     * addressed or speaks of their file, never a parent (who reads "Le PPE de Lina", not "Mon PPE").
     */
    static final Pattern NOT_TO_A_PARENT = Pattern.compile(
            "\\b(tu|ton|ta|tes|te|toi|mon|ma|mes)\\b|(?<!\\p{L})t[’'](?=\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Not an address to the reader: a name quoted in « » (a page, a space, an answer), and "rendez-vous", a noun.
     */
    private static final Pattern NOT_AN_ADDRESS = Pattern.compile("«[^»]*»|rendez-vous", Pattern.CASE_INSENSITIVE);

    /**
     * Pages read before the portal knows who reads: signed out, or signed in with no account yet (neither a young
     * person nor a parent to the portal). They say "vous", as to anyone.
     */
    private static final Set<String> BEFORE_ANYONE_IS_KNOWN = Set.of("deconnecte", "sans-compte");

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("i18n/messages", Locale.FRENCH);

    @MockitoSpyBean
    BundleTranslations translations;

    @ParameterizedTest
    @ValueSource(strings = {"lina", "mehdi", "amina"})
    void aYoungPersonIsAddressedWithTuOnEveryPage(String persona) {
        assertThat(violations(persona, NOT_TO_A_YOUNG_PERSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"karim", "sofia", "nadia"})
    void aParentIsAddressedWithVousOnEveryPage(String persona) {
        assertThat(violations(persona, NOT_TO_A_PARENT)).isEmpty();
    }

    /** "route: key = text" for each text a page showed this persona in the other audience's voice. */
    private Set<String> violations(String persona, Pattern forbidden) {
        signInAs(persona);
        Set<String> found = new TreeSet<>();
        List<String> routes = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            // A route with a parameter is a professional's page of one file; its refusal is the same page as below.
            if (!route.getTemplate().contains(":") && !BEFORE_ANYONE_IS_KNOWN.contains(route.getTemplate())) {
                routes.add(route.getTemplate());
            }
        }
        assertThat(routes).as("the router's routes").contains("", "ppe", "mesures", "droits");
        // And the page of an address that does not exist, in the portal's frame.
        routes.add("cette-page-n-existe-pas");
        for (String route : routes) {
            clearInvocations(translations);
            try {
                open(route);
            } catch (MockAccessDeniedException refusedByTheTestServlet) {
                // Karibu refuses a route the role may not open before any page is built: nothing was shown.
                continue;
            }
            for (String key : keysLookedUp()) {
                String text = NOT_AN_ADDRESS.matcher(FRENCH.getString(key)).replaceAll("");
                Matcher matcher = forbidden.matcher(text);
                if (matcher.find()) {
                    found.add("/" + route + ": " + key + " = " + FRENCH.getString(key));
                }
            }
            for (SideNavItem item : LocatorJ._find(UI.getCurrent(), SideNavItem.class)) {
                String label = NOT_AN_ADDRESS.matcher(item.getLabel()).replaceAll("");
                if (forbidden.matcher(label).find()) {
                    found.add("/" + route + ": menu " + item.getLabel());
                }
            }
        }
        return found;
    }

    private Set<String> keysLookedUp() {
        Set<String> keys = new LinkedHashSet<>();
        for (Invocation invocation : mockingDetails(translations).getInvocations()) {
            if (invocation.getMethod().getName().equals("getTranslation")
                    && invocation.getArgument(0) instanceof String key
                    && FRENCH.containsKey(key)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
