package fr.reperes.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import java.util.List;
import java.util.stream.Stream;
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
        List<Component> all = _find(UI.getCurrent(), Component.class);
        List<Anchor> links = _find(summary, Anchor.class);
        assertThat(links).hasSizeGreaterThanOrEqualTo(PageSummary.MIN_SECTIONS);
        int previous = -1;
        for (Anchor link : links) {
            String href = link.getHref();
            assertThat(href).as("a link at the page's own address").startsWith(location + "#");
            String id = href.substring(href.indexOf('#') + 1);
            List<Component> targets = all.stream()
                    .filter(component -> component.getId().filter(id::equals).isPresent())
                    .toList();
            assertThat(targets).as("%s on %s's /%s", href, reader, location).hasSize(1);
            Component target = targets.getFirst();
            assertThat(label(target)).as(href).isEqualTo(link.getText());
            int position = all.indexOf(target);
            assertThat(position).as("%s comes after the previous section", href).isGreaterThan(previous);
            previous = position;
        }
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
