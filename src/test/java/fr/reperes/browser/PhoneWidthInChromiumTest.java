package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyFixtures;
import fr.reperes.participation.imports.SurveyImport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a persona's menu offers, on a 360-px phone at the largest text size: nothing may stick out to the right
 * (which would make the page scroll sideways or cut a word off). For the référents, also the pages their lists lead to:
 * each young person's page, PPE draft and autonomy pathway; for those a survey asks, the survey's page and the results
 * given back; for the authors, a survey's edition, preview and results. The portal's header stays a thin band on top.
 * The pages of questions are walked by a young person of the test's own through a test survey that has every kind of
 * question (a persona starting a demo survey would change the demo's story).
 */
class PhoneWidthInChromiumTest extends BrowserTest {

    private static final String LARGEST_TEXT = "137.5%";

    /** Visible elements whose right edge passes the viewport's, outside the closed drawer; at most ten. */
    private static final String OVERFLOWING = """
            () => {
              const width = document.documentElement.clientWidth;
              const found = [];
              if (document.documentElement.scrollWidth > width + 1) {
                found.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
              }
              for (const element of document.querySelectorAll('body *')) {
                const box = element.getBoundingClientRect();
                if (box.width > 0 && box.height > 0 && box.left >= 0 && box.right > width + 1) {
                  const id = element.id ? '#' + element.id : '';
                  const classes = typeof element.className === 'string' && element.className
                      ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
                  found.push(element.tagName.toLowerCase() + id + classes + ' ends at ' + Math.round(box.right)
                      + ' (' + (element.textContent || '').trim().slice(0, 40) + ')');
                }
              }
              return found.slice(0, 10);
            }""";

    /** The pages a list leads to: a young person's page, the PPE being drafted, the autonomy pathway. */
    private static final Pattern FOLLOWED = Pattern.compile("^((jeune|ppe-brouillon|autonomie-jeune)/\\d+"
            + "|conseil/\\d+(/(propositions|votes|reponses|seances)(/\\d+)?)?|animation/\\d+"
            + "|mes-questionnaires/\\d+(/resultats)?|questionnaires/\\d+(/(edition|apercu|resultats))?)$");

    private static final String LINKS = """
            () => [...document.querySelectorAll('a[href]')].map(a => new URL(a.href, document.baseURI))
                .filter(url => url.origin === location.origin).map(url => url.pathname.replace(/^\\//, ''))""";

    @ParameterizedTest
    @ValueSource(strings = {"lina", "karim", "nadia", "sofia", "mehdi", "amina", "claire", "thomas", "yanis", "odpe"})
    void noPageOfThisPersonIsWiderThanAPhoneAtTheLargestTextSize(String persona) {
        Page page = signIn(persona, 360, 740);
        page.evaluate("size => localStorage.setItem('reperes-text-size', size)", LARGEST_TEXT);
        open(page, "");
        assertThat(page.locator("h1").first()).isVisible();
        List<String> paths = new ArrayList<>(List.of(""));
        paths.addAll(menuPaths(page));
        assertThat(paths).as("the menu's pages, after the home page").hasSizeGreaterThan(2);
        List<String> overflows = new ArrayList<>();
        List<String> tallHeaders = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        for (int next = 0; next < paths.size(); next++) {
            String path = paths.get(next);
            if (!visited.add(path)) {
                continue;
            }
            open(page, path);
            assertThat(page.locator("h1").first()).isVisible();
            assertThat(page.locator("html")).hasAttribute("style", Pattern.compile("137.5%"));
            // A lazy grid's first rows, whose links lead on, are there once it has stopped loading.
            page.waitForFunction(
                    "() => [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'))");
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(OVERFLOWING);
            found.forEach(element -> overflows.add("/" + path + ": " + element));
            double header = ((Number) page.evaluate(
                            "() => document.querySelector('.reperes-header').getBoundingClientRect().height"))
                    .doubleValue();
            if (header > 740 / 4.0) {
                tallHeaders.add("/" + path + ": " + header + " px");
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate(LINKS);
            // Two of each kind: the pages of one young person are built as those of the next.
            links.stream()
                    .filter(link -> FOLLOWED.matcher(link).matches())
                    .filter(link -> !paths.contains(link))
                    .filter(link -> paths.stream()
                                    .filter(known -> known.startsWith(link.substring(0, link.indexOf('/') + 1)))
                                    .count()
                            < 2)
                    .forEach(paths::add);
        }
        assertThat(overflows).as(persona).isEmpty();
        assertThat(tallHeaders)
                .as("%s's header takes at most a quarter of the phone's height", persona)
                .isEmpty();
        if (persona.equals("claire") || persona.equals("thomas")) {
            assertThat(visited)
                    .as("the pages the référent's lists lead to")
                    .anyMatch(path -> path.startsWith("jeune/"));
        }
    }

    /** Every page of questions of a survey (each kind of question, the resume code, the thanks), on the phone. */
    @Test
    void theQuestionPagesOfASurveyFitAPhoneAtTheLargestTextSize() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Viewer jeune = fixtures.youngPerson();
        Page page = signIn(jeune.subject(), 360, 740);
        page.evaluate("size => localStorage.setItem('reperes-text-size', size)", LARGEST_TEXT);
        List<String> overflows = new ArrayList<>();
        open(page, "mes-questionnaires/" + survey.surveyId());
        assertThat(page.locator("html")).hasAttribute("style", Pattern.compile("137.5%"));
        overflows(page, "intro", overflows);
        page.locator("#survey-start").click();
        assertThat(page.locator("#survey-progress")).hasText("Page 1 sur 2");
        page.locator("#question-" + q.get("mood") + " vaadin-radio-button")
                .nth(3)
                .click();
        // "Non" shows the conditional question.
        page.locator("#question-" + q.get("yn") + " vaadin-radio-button").nth(1).click();
        page.locator("#question-" + q.get("why") + " input").fill("Parce que.");
        overflows(page, "page 1", overflows);
        page.locator("#survey-next").click();
        assertThat(page.locator("#survey-progress")).hasText("Page 2 sur 2");
        page.locator("#question-" + q.get("single") + " vaadin-radio-button")
                .first()
                .click();
        overflows(page, "page 2", overflows);
        page.locator("#survey-finish").click();
        assertThat(page.locator("#survey-thanks")).isVisible();
        overflows(page, "thanks", overflows);
        assertThat(overflows).isEmpty();
    }

    private static void overflows(Page page, String where, List<String> overflows) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(OVERFLOWING);
        found.forEach(element -> overflows.add(where + ": " + element));
    }

    private static Set<String> menuPaths(Page page) {
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>)
                page.evaluate("() => [...document.querySelectorAll('vaadin-side-nav-item')].map(item => item.path)"
                        + ".filter(path => typeof path === 'string')");
        Set<String> unique = new LinkedHashSet<>();
        paths.forEach(path -> unique.add(path.replaceFirst("^/", "")));
        return unique;
    }
}
