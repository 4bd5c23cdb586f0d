package fr.reperes.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One path from a service's field errors to the form: under the field named, and never lost when none is. */
class FieldErrorsTest extends KaribuTest {

    @Test
    void anErrorGoesUnderItsFieldAndOneNamingNoFieldIsStillShown() {
        signInAs("claire");
        TextField title = new TextField("Titre");
        TextField place = new TextField("Lieu");
        UI.getCurrent().add(title, place);
        FieldErrors errors = new FieldErrors().field("title", title).field("place", place);

        errors.show(new InvalidInputException(Map.of("title", "ppe.error.too-long", "notes", "ppe.error.too-long")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Ce texte est trop long.");
        assertThat(place.isInvalid()).isFalse();
        assertThat(_find(Notification.class))
                .anySatisfy(notification -> assertThat(notification.isOpened()).isTrue());

        errors.show(new InvalidInputException(Map.of("place", "ppe.error.too-long")));

        assertThat(title.isInvalid()).as("the previous error is cleared").isFalse();
        assertThat(place.isInvalid()).isTrue();
    }
}
