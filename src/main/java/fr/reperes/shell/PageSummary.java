package fr.reperes.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.platform.StaticHtml;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * "Sur cette page": at the top of a long page, a link to each of its sections, so that on a phone one does not scroll
 * through five domains to reach the last. Built from the headings already on the page, once it is filled: each
 * heading of the levels asked gets an id (its own, or one made of its words) and a link, in the order of the page. A
 * page with fewer than {@link #MIN_SECTIONS} sections needs no summary: it is then not shown.
 *
 * <p>The links are plain in-page links (the browser scrolls and moves the keyboard's starting point to the section),
 * written against the page's own address: the portal's base address is its root, where a bare "#id" would lead home.
 */
public final class PageSummary extends Nav {

    /** Under three sections a page is short enough to read through. */
    public static final int MIN_SECTIONS = 3;

    static final String TITLE_ID = "sur-cette-page";

    /** A section: the id of its heading and the heading's words. */
    private record Section(String id, String label) {}

    private final List<Section> sections = new ArrayList<>();
    private final Html list = StaticHtml.of(new UnorderedList().getElement());
    private String pageAddress = "";

    private PageSummary() {
        Paragraph title = new Paragraph(I18NProvider.translate("page-summary.title"));
        title.setId(TITLE_ID);
        title.addClassName("reperes-summary-title");
        addClassName("reperes-summary");
        getElement().setAttribute("aria-labelledby", TITLE_ID);
        add(title, list);
    }

    /**
     * The summary of the sections under {@code page}: its headings of the given kinds (H2, H3..., or the collapsed
     * entries of a glossary, {@link Details}), in the page's order. Add it to the page after its title.
     */
    @SafeVarargs
    public static PageSummary of(Component page, Class<? extends Component>... headingKinds) {
        PageSummary summary = new PageSummary();
        Set<String> ids = new HashSet<>();
        descendants(page).forEach(component -> component.getId().ifPresent(ids::add));
        descendants(page)
                .filter(component -> Stream.of(headingKinds).anyMatch(kind -> kind.isInstance(component)))
                .filter(heading -> shown(heading, page))
                .forEach(heading -> {
                    String text = label(heading);
                    if (text.isBlank()) {
                        return;
                    }
                    String id = heading.getId().orElseGet(() -> {
                        String made = unique(slug(text), ids);
                        heading.setId(made);
                        return made;
                    });
                    Section section = new Section(id, text);
                    summary.sections.add(section);
                    // A section that goes away (a panel emptied by a click) takes its link with it: no dead link.
                    heading.addDetachListener(detached -> {
                        if (page.isAttached()) {
                            summary.sections.remove(section);
                            summary.render();
                        }
                    });
                });
        summary.render();
        return summary;
    }

    /** The ids the links lead to, in order. */
    public List<String> targets() {
        return sections.stream().map(Section::id).toList();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // With its query ("ppe?version=2"): another address would load another page.
        pageAddress = event.getUI().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        render();
    }

    /**
     * The links, sent as one block of HTML: they only scroll the page, and a node per link and per item would be kept
     * in the session for as long as it lives.
     */
    private void render() {
        UnorderedList items = new UnorderedList();
        for (Section section : sections) {
            Anchor link = new Anchor(pageAddress + "#" + section.id(), section.label());
            // The browser scrolls within the page; the router must not take the click as a navigation.
            link.setRouterIgnore(true);
            items.add(new ListItem(link));
        }
        list.setHtmlContent(StaticHtml.outerHtml(items.getElement()));
        setVisible(sections.size() >= MIN_SECTIONS);
    }

    /** Whether the heading and every block between it and the page are visible: a hidden section has no link. */
    private static boolean shown(Component heading, Component page) {
        Component current = heading;
        while (current != null && current != page) {
            if (!current.isVisible()) {
                return false;
            }
            current = current.getParent().orElse(null);
        }
        return true;
    }

    /** A heading's own words; a glossary's collapsed entry is named by its summary. */
    private static String label(Component section) {
        String text = null;
        if (section instanceof Details details) {
            text = details.getSummaryText();
        } else if (section instanceof HasText hasText) {
            text = hasText.getText();
        }
        return text == null ? "" : text.strip();
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    /** "Santé et bien-être" becomes "section-sante-et-bien-etre". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("-$", "");
        }
        return "section-" + (plain.isEmpty() ? "sans-titre" : plain);
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
