package fr.reperes.shell.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNav.SideNavI18n;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.QuickExit;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.Audience;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DatabaseUnavailable;
import fr.reperes.shell.HeaderWidget;
import fr.reperes.shell.LexiconSource;
import fr.reperes.shell.LexiconWord;
import fr.reperes.shell.MenuAdvice;
import fr.reperes.shell.MenuAdvisor;
import fr.reperes.shell.glossary.PageWords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The frame of every page: a header with the département, who is signed in, sign-out and "Quitter rapidement"; a
 * drawer with the navigation the viewer's role allows and the language and text-size controls; the page in a
 * {@code <main>} landmark.
 */
@Layout
// Access is decided per view; the frame itself shows nothing personal to a visitor (signed-out page).
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String TEXT_SIZE_KEY = "reperes-text-size";

    private final transient CurrentViewer currentViewer;
    private final transient AuthenticationContext authentication;
    private final Branding branding;
    private final Main main = new Main();

    private final transient List<HeaderWidget> widgets;

    private final transient List<MenuAdvisor> advisors;

    private final transient List<LexiconSource> lexicons;

    private final IdleProperties idle;

    /** Whether the database was away when this frame was built (so it lacks the person's name and menu). */
    private boolean builtWithoutDatabase;

    private final transient MenuEntriesByAccess menuEntries;

    MainLayout(
            CurrentViewer currentViewer,
            AuthenticationContext authentication,
            Branding branding,
            List<HeaderWidget> widgets,
            List<MenuAdvisor> advisors,
            List<LexiconSource> lexicons,
            IdleProperties idle,
            MenuEntriesByAccess menuEntries) {
        this.menuEntries = menuEntries;
        this.widgets = widgets;
        this.lexicons = lexicons;
        this.advisors = advisors;
        this.idle = idle;
        this.currentViewer = currentViewer;
        this.authentication = authentication;
        this.branding = branding;
        setPrimarySection(Section.NAVBAR);
        // The drawer's accessible name is English unless set.
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("component.drawer")));
        main.setId("contenu");
        // The page scrolls inside the layout's content region, not the document: a read-only page (no link, no
        // button) would leave keyboard users in Safari unable to scroll it, so the page itself takes the focus.
        // It is also what the skip link moves the focus to.
        main.getElement().setAttribute("tabindex", "0");
        main.addClassName("reperes-main");
        Optional<Viewer> viewer = viewer();
        addToNavbar(header(viewer));
        if (viewer.isPresent()) {
            addToDrawer(navigation(viewer.get()), preferences());
        } else {
            addToDrawer(preferences());
        }
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    /** Under every page, the acronyms and words of the trade it shows, explained (the lexique's entries). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<Viewer> viewer = viewer();
        if (builtWithoutDatabase && viewer.isPresent()) {
            // The frame was built while the database was away, without the person's name and menu: now that it is
            // back, the page is loaded again, whole.
            UI.getCurrent().getPage().reload();
            return;
        }
        Map<String, LexiconWord> words = new LinkedHashMap<>();
        try {
            viewer.ifPresent(signedIn -> lexicons.forEach(lexicon -> words.putAll(lexicon.words(signedIn))));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // The page (the message that Repères is momentarily unavailable) goes without its words explained.
            words.clear();
        }
        PageWords.refresh(main, words);
    }

    /**
     * Who is signed in; while the database cannot be reached, nobody is known and the frame is the plain one (the
     * page inside says Repères is momentarily unavailable), never a frame that fails to build.
     */
    private Optional<Viewer> viewer() {
        try {
            return currentViewer.find();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            if (!isAttached()) {
                builtWithoutDatabase = true;
            }
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // The text size chosen on this device is kept in the browser, not in the account: a shared phone forgets it.
        event.getUI()
                .getPage()
                .executeJs(
                        "const s = localStorage.getItem($0);"
                                + " if (s) { document.documentElement.style.fontSize = s; }",
                        TEXT_SIZE_KEY);
    }

    private Component header(Optional<Viewer> viewer) {
        Anchor skip = new Anchor("#contenu", getTranslation("shell.skip-to-content"));
        skip.addClassName("reperes-skip-link");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));

        Image logo = new Image(branding.logoUrl(), branding.logoAlt());
        logo.addClassName("reperes-logo");
        Span portal = new Span(getTranslation("shell.portal-name"));
        portal.addClassName("reperes-portal-name");
        Span departement = new Span(branding.name());
        departement.addClassName("reperes-departement");
        Anchor home = new Anchor("", logo, new Div(portal, departement));
        home.addClassName("reperes-home-link");

        Div who = new Div();
        who.addClassName("reperes-who");
        viewer.ifPresent(v -> {
            Span name = new Span(v.displayName());
            name.addClassName("reperes-who-name");
            Span role = new Span(
                    v.role() == null
                            ? getTranslation("role.none")
                            : getTranslation("role." + v.role().name()));
            role.addClassName("reperes-who-role");
            Button signOut = new Button(getTranslation("shell.sign-out"), click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.addClassName("reperes-sign-out");
            who.add(new Div(name, role));
            if (v.hasAccount()) {
                widgets.forEach(widget -> who.add(widget.create(v)));
            }
            who.add(signOut, new IdleSignOut(idle, authentication::logout));
        });

        Header header = new Header(skip, toggle, home, who, quickExit());
        header.addClassName("reperes-header");
        return header;
    }

    private Component quickExit() {
        // The server ends the session and redirects to the neutral page (QuickExit): a full page load, not the router.
        Anchor exit = new Anchor(QuickExit.PATH, getTranslation("shell.quick-exit"));
        exit.setRouterIgnore(true);
        exit.setId("quitter-rapidement");
        exit.addClassName("reperes-quick-exit");
        exit.getElement().setAttribute("title", getTranslation("shell.quick-exit.help"));
        exit.getElement().setAttribute("rel", "noreferrer");
        // Leave at once, and replace this page in the history so "back" does not return to the portal.
        exit.getElement()
                .executeJs("this.addEventListener('click', e => { e.preventDefault();"
                        + " window.location.replace(this.href); });");
        return exit;
    }

    private Component navigation(Viewer viewer) {
        SideNav nav = new SideNav();
        // The toggle of an item's children is named in English unless set.
        nav.setI18n(new SideNavI18n().setToggle(getTranslation("component.side-nav.toggle")));
        Audience audience = viewer.audience();
        List<MenuAdvice> advice =
                advisors.stream().map(advisor -> advisor.advise(viewer)).toList();
        // A parent's titles speak of the child by first name: "Le PPE de Lina", "Les PPE de Lina et Léo".
        List<String> children =
                advice.stream().flatMap(a -> a.children().stream()).distinct().toList();
        String names = BundleTranslations.names(children, getLocale());
        for (MenuEntry entry : menuEntries.current(authentication, getLocale())) {
            Class<?> view = entry.menuClass();
            if (view != null && advice.stream().anyMatch(a -> a.hides().test(view))) {
                continue;
            }
            String key = audience.key(entry.title());
            // Only an audience's own title takes the names: a plain title is not a pattern (its apostrophes stay).
            String title =
                    key.equals(entry.title()) ? getTranslation(key) : getTranslation(key, names, children.size());
            SideNavItem item = new SideNavItem(title, entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        Nav landmark = new Nav(nav);
        landmark.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        landmark.addClassName("reperes-nav");
        return landmark;
    }

    private Component preferences() {
        H2 title = new H2(getTranslation("shell.preferences"));
        title.addClassName("reperes-preferences-title");

        Div languages = new Div();
        languages.addClassName("reperes-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("shell.language"));
        languages.add(
                languageButton(BundleTranslations.FRENCH, "Français"),
                languageButton(BundleTranslations.ENGLISH, "English"));

        Div sizes = new Div();
        sizes.addClassName("reperes-text-sizes");
        sizes.getElement().setAttribute("role", "group");
        sizes.getElement().setAttribute("aria-label", getTranslation("shell.text-size"));
        sizes.add(
                sizeButton("A", "100%", "shell.text-size.normal"),
                sizeButton("A+", "118.75%", "shell.text-size.large"),
                sizeButton("A++", "137.5%", "shell.text-size.larger"));

        Div preferences = new Div(title, languages, sizes);
        preferences.addClassName("reperes-preferences");
        return preferences;
    }

    private Button languageButton(Locale locale, String nativeName) {
        Button button = new Button(nativeName, click -> {
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().getPage().reload();
        });
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.getElement()
                .setAttribute(
                        "aria-pressed",
                        String.valueOf(locale.getLanguage().equals(getLocale().getLanguage())));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Button sizeButton(String label, String size, String descriptionKey) {
        Button button = new Button(
                label,
                click -> click.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.getPage()
                                .executeJs(
                                        "document.documentElement.style.fontSize = $0; localStorage.setItem($1, $0);",
                                        size,
                                        TEXT_SIZE_KEY)));
        // The accessible name starts with the visible "A+" (WCAG 2.5.3: a voice user says what they see), then says
        // what it does for a screen reader.
        button.setAriaLabel(getTranslation("shell.text-size.button", label, getTranslation(descriptionKey)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
