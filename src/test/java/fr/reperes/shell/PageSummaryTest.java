package fr.reperes.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * "Sur cette page" on every long page, for each reader who opens it: one summary, right under the title, whose every
 * link leads to one element of the page, the section it names, in the page's order, at the page's own address.
 */
class PageSummaryTest extends KaribuTest {

    @Test
    void everyLongPageOfTheFamiliesHasASummaryWhoseLinksLeadToItsSections() {
        for (String reader : List.of("lina", "karim")) {
            for (String page : List.of("ppe", "droits", "lexique")) {
                assertSummaryLeadsToSections(reader, page);
            }
        }
        assertSummaryLeadsToSections("mehdi", "droits");
        assertSummaryLeadsToSections("amina", "droits");
        assertSummaryLeadsToSections("lina", "autonomie");
        // An older version of the PPE: the links keep the query, or they would load the latest version.
        assertSummaryLeadsToSections("lina", "ppe?version=2");
        assertSummaryLeadsToSections("amina", "contrat-jeune-majeur");
    }

    @Test
    void theReferentsYoungPersonAndPathwayPagesHaveOneToo() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        assertSummaryLeadsToSections("claire", "jeune/" + lina);
        assertSummaryLeadsToSections("claire", "autonomie-jeune/" + lina);
    }

    @Test
    void aPageOfFewerThanThreeSectionsShowsNoSummary() {
        signInAs("lina");
        Div page = new Div(new H2("Un"), new H2("Deux"), new H3("Détail"));
        assertThat(PageSummary.of(page, H2.class).isVisible()).isFalse();
        PageSummary three = PageSummary.of(page, H2.class, H3.class);
        assertThat(three.isVisible()).isTrue();
        assertThat(three.targets()).containsExactly("section-un", "section-deux", "section-detail");
    }

    @Test
    void aSectionKeepsItsOwnIdAndTwoSectionsOfTheSameNameGetTwoIds() {
        signInAs("lina");
        H2 own = new H2("Santé");
        own.setId("sante");
        Div page = new Div(own, new H2("Notes"), new H2("Notes"), new H2("Ça, c’est l’été !"));
        assertThat(PageSummary.of(page, H2.class).targets())
                .containsExactly("sante", "section-notes", "section-notes-2", "section-ca-c-est-l-ete");
    }

    private void assertSummaryLeadsToSections(String reader, String location) {
        if (UI.getCurrent() != null) {
            tearDownVaadin();
        }
        signInAs(reader);
        assertThat(open(location)).as("%s opens /%s", reader, location).isEqualTo(200);
        List<PageSummary> summaries = _find(UI.getCurrent(), PageSummary.class);
        assertThat(summaries).as("%s's /%s has one summary", reader, location).hasSize(1);
        PageSummary summary = summaries.getFirst();
        assertThat(summary.isVisible()).as("%s's /%s is long", reader, location).isTrue();
        assertThat(summary.getElement().getAttribute("aria-labelledby")).isEqualTo(PageSummary.TITLE_ID);
        assertThat(summary.getParent().orElseThrow().getChildren().toList().indexOf(summary))
                .as("right under the title")
                .isLessThanOrEqualTo(2);
        List<Section> all = sections();
        Elements links = links(summary);
        assertThat(links).hasSizeGreaterThanOrEqualTo(PageSummary.MIN_SECTIONS);
        assertThat(links.eachAttr("router-ignore"))
                .as("scrolls, never navigates")
                .hasSameSizeAs(links);
        int previous = -1;
        for (var link : links) {
            String href = link.attr("href");
            assertThat(href).as("a link at the page's own address").startsWith(location + "#");
            String id = href.substring(href.indexOf('#') + 1);
            List<Section> targets =
                    all.stream().filter(section -> section.id().equals(id)).toList();
            assertThat(targets).as("%s on %s's /%s", href, reader, location).hasSize(1);
            Section target = targets.getFirst();
            assertThat(target.label()).as(href).isEqualTo(link.text());
            int position = all.indexOf(target);
            assertThat(position).as("%s comes after the previous section", href).isGreaterThan(previous);
            previous = position;
        }
    }

    /** The summary's links, as the browser receives them. */
    private static Elements links(PageSummary summary) {
        // Its children, not _find: a summary hidden for being too short still has its links in order.
        return summary.getChildren()
                .flatMap(child -> child instanceof Html block ? Stream.of(block) : Stream.empty())
                .flatMap(block -> Jsoup.parseBodyFragment(block.getInnerHtml()).select("a").stream())
                .collect(Collectors.toCollection(Elements::new));
    }

    /** A section that goes away (a panel emptied by a click) takes its link with it; under three, no summary. */
    @Test
    void aSectionThatGoesAwayTakesItsLinkWithIt() {
        signInAs("lina");
        H2 goes = new H2("Partira");
        H2 alsoGoes = new H2("Partira aussi");
        Div page = new Div(new H2("Un"), goes, new H2("Deux"), alsoGoes);
        PageSummary summary = PageSummary.of(page, H2.class);
        page.addComponentAsFirst(summary);
        UI.getCurrent().add(page);
        assertThat(links(summary).eachText()).containsExactly("Un", "Partira", "Deux", "Partira aussi");

        page.remove(goes);
        assertThat(summary.targets()).containsExactly("section-un", "section-deux", "section-partira-aussi");
        assertThat(links(summary).eachText()).containsExactly("Un", "Deux", "Partira aussi");
        assertThat(summary.isVisible()).isTrue();

        page.remove(alsoGoes);
        assertThat(links(summary).eachText()).containsExactly("Un", "Deux");
        assertThat(summary.isVisible()).isFalse();
    }

    /** An element with an id, in the page's order: a component, or an element inside a block sent as HTML. */
    private record Section(String id, String label) {}

    private static List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (Component component : _find(UI.getCurrent(), Component.class)) {
            component
                    .getId()
                    .ifPresent(id -> sections.add(new Section(
                            id, component instanceof HasText || component instanceof Details ? label(component) : "")));
            if (component instanceof Html block) {
                Jsoup.parseBodyFragment(block.getInnerHtml())
                        .select("[id]")
                        .forEach(inside -> sections.add(
                                new Section(inside.id(), inside.text().strip())));
            }
        }
        return sections;
    }

    private static String label(Component target) {
        return Stream.of(target)
                .map(component -> component instanceof Details details
                        ? details.getSummaryText()
                        : ((HasText) component).getText())
                .findFirst()
                .orElseThrow()
                .strip();
    }
}
