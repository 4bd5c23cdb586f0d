package fr.reperes;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import fr.reperes.identity.TestSignIn;
import fr.reperes.platform.StaticHtml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Browserless view tests (Karibu-Testing) in the real Spring context: {@link #signInAs} signs a demo persona in as a
 * real OpenID Connect sign-in would (account and role from the database), then starts a mocked Vaadin UI.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Function1<FakeHttpSession, FakeRequest> DEFAULT_REQUEST_FACTORY =
            MockVaadin.getMockRequestFactory();
    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() throws ClassNotFoundException {
        // French is the portal's language whatever the machine's; the layout is built before the session exists.
        Locale.setDefault(Locale.FRENCH);
        // Karibu's own discovery sees public classes only; Repères' views and layout are package-private.
        Routes discovered = new Routes().autoDiscoverViews("fr.reperes");
        Set<Class<? extends Component>> views = new HashSet<>(discovered.getRoutes());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("fr.reperes")) {
            views.add(Class.forName(candidate.getBeanClassName()).asSubclass(Component.class));
        }
        routes = new Routes(views, discovered.getErrorRoutes(), true);
    }

    protected void signInAs(String subject) {
        start(TestSignIn.authentication(context, subject));
    }

    private void start(Authentication authentication) {
        // The static holder follows the last application context started in this JVM (each sets its own strategy);
        // the views and Vaadin's sign-out read this context's strategy, so the test signs in through the same one.
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // Vaadin's navigation access control asks the servlet request who is signed in and in which roles.
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
    }

    /**
     * Opens {@code location} as a link would and returns the HTTP status the page answers with (an error page's
     * status; 200 otherwise).
     */
    protected static int open(String location) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.UI_NAVIGATE);
    }

    /**
     * Clicks as the browser would: what the listener throws goes to the session's error handler, as in a real
     * request, instead of to the test.
     */
    protected static void clickAsTheBrowser(Button button) {
        UI.getCurrent().access(() -> LocatorJ._click(button));
        MockVaadin.clientRoundtrip(true);
    }

    /** All the text and attributes the current page holds, to assert what a person can and cannot read. */
    /** A block sent as HTML as pageText reads a component: its texts, then the attributes of its elements. */
    private static String htmlText(Element block) {
        StringBuilder text = new StringBuilder(StaticHtml.textOf(block));
        Jsoup.parseBodyFragment(block.getProperty("innerHTML"))
                .body()
                .select("*")
                .forEach(inside -> inside.attributes()
                        .forEach(attribute -> text.append(' ').append(attribute.getValue())));
        return text.toString();
    }

    /**
     * Every block of the page sent as HTML carries only the markup the portal wrote: whatever the texts inside hold
     * (a référent's words typed as an attacker would), no script, frame, image, style, handler or scripted link.
     */
    protected static void assertBlocksCarryNoMarkupFromTexts(String reader) {
        List<Html> blocks = LocatorJ._find(Html.class);
        assertThat(blocks).as(reader).isNotEmpty();
        for (Html block : blocks) {
            var body = Jsoup.parseBodyFragment(block.getInnerHtml()).body();
            assertThat(body.select("img, script, svg, iframe, style, object, embed, form, input"))
                    .as(reader)
                    .isEmpty();
            assertThat(body.select("*").stream()
                            .flatMap(element -> element.attributes().asList().stream())
                            .map(Attribute::getKey))
                    .as(reader)
                    .noneMatch(name -> name.startsWith("on") || name.equals("style") || name.equals("src"));
            assertThat(body.select("a[href]").eachAttr("href"))
                    .as(reader)
                    .noneMatch(href -> href.strip().toLowerCase(Locale.ROOT).matches("(javascript|data|vbscript):.*"));
        }
    }

    /** A block of the page by its id, whether made of components or sent to the browser as HTML (StaticHtml). */
    protected static Component block(String id) {
        return LocatorJ._get(Component.class, spec -> spec.withId(id));
    }

    /** The blocks with that id (none when the page has no such block). */
    protected static List<Component> blocks(String id) {
        return LocatorJ._find(Component.class, spec -> spec.withId(id));
    }

    /** What a reader reads in a block: its texts, a line per paragraph in the parts sent as HTML. */
    protected static String textOf(Component block) {
        StringBuilder text = new StringBuilder();
        roots(block).forEach(root -> appendText(root, text));
        return text.toString();
    }

    /** A UI's content is not among its element's children (Flow wraps it): its components' elements are. */
    private static Stream<Element> roots(Component block) {
        return block instanceof UI ui ? ui.getChildren().map(Component::getElement) : Stream.of(block.getElement());
    }

    private static void appendText(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
        } else if (element.hasProperty("innerHTML")) {
            text.append(StaticHtml.textOf(element));
        } else {
            element.getChildren().forEach(child -> appendText(child, text));
        }
    }

    /** The links of a block, each as "text -> address", whether made of components or sent as HTML. */
    protected static List<String> linksOf(Component block) {
        List<String> links = new ArrayList<>();
        roots(block).forEach(root -> appendLinks(root, links));
        return links;
    }

    private static void appendLinks(Element element, List<String> links) {
        if (element.isTextNode()) {
            return;
        }
        if (element.hasProperty("innerHTML")) {
            Jsoup.parseBodyFragment(element.getProperty("innerHTML"))
                    .select("a")
                    .forEach(link -> links.add(link.text() + " -> " + link.attr("href")));
        } else if ("a".equals(element.getTag())) {
            links.add(element.getTextRecursively() + " -> " + element.getAttribute("href"));
        } else {
            element.getChildren().forEach(child -> appendLinks(child, links));
        }
    }

    protected static String pageText() {
        return LocatorJ._find(UI.getCurrent(), Component.class).stream()
                .map(component -> {
                    StringBuilder text = new StringBuilder();
                    if (component instanceof HasText hasText) {
                        text.append(hasText.getText());
                    }
                    component
                            .getElement()
                            .getAttributeNames()
                            .forEach(name -> text.append(' ')
                                    .append(component.getElement().getAttribute(name)));
                    component
                            .getElement()
                            .getPropertyNames()
                            .forEach(name -> text.append(' ')
                                    .append(
                                            name.equals("innerHTML")
                                                    ? htmlText(component.getElement())
                                                    : component.getElement().getProperty(name)));
                    return text.toString();
                })
                .collect(Collectors.joining("\n"));
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(DEFAULT_REQUEST_FACTORY);
        SecurityContextHolder.clearContext();
    }
}
