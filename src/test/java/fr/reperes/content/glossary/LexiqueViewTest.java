package fr.reperes.content.glossary;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import fr.reperes.KaribuTest;
import org.junit.jupiter.api.Test;

/** The lexique is the département's GLOSSARY book, read by every role; {@code ?mot=KEY} opens that entry. */
class LexiqueViewTest extends KaribuTest {

    @Test
    void everyRoleReadsTheDepartementsLexiqueWithEveryAcronymExplained() {
        for (String subject : new String[] {"lina", "karim", "claire", "odpe"}) {
            signInAs(subject);
            UI.getCurrent().navigate(LexiqueView.class);
            assertThat(pageText())
                    .contains(
                            "Lexique", "AEMO", "Aide éducative en milieu ouvert", "MECS", "OPP", "Contrat jeune majeur")
                    .doesNotContain("!glossary");
            tearDownVaadin();
        }
        signInAs("lina");
    }

    @Test
    void aWordAPageLinksToOpensAndTheLexiqueExplainsNoWordsUnderItself() {
        signInAs("mehdi");
        assertThat(open("lexique?mot=CAP")).isEqualTo(200);
        assertThat(_get(Details.class, spec -> spec.withId("mot-CAP")).isOpened())
                .isTrue();
        assertThat(_get(Details.class, spec -> spec.withId("mot-CMP")).isOpened())
                .isFalse();
        assertThat(_find(Component.class, spec -> spec.withId("mots-de-la-page")))
                .isEmpty();
    }
}
