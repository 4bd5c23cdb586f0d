package fr.reperes.autonomy.request;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import fr.reperes.KaribuTest;
import fr.reperes.autonomy.PathwayPeople;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The young person's request refuses a document over the limit on the server, and says so. */
class RequestUploadLimitTest extends KaribuTest {

    @Test
    void aDocumentOverTheLimitIsRefusedWithTheReason() {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today.minusYears(18).minusMonths(2), "claire");
        signInAs(person.subject());
        UI.getCurrent().navigate(YoungAdultRequestView.class);
        _get(TextArea.class, spec -> spec.withId("projets")).setValue("Un BTS.");
        _click(_get(Button.class, spec -> spec.withId("etape-suivante")));
        _get(Checkbox.class, spec -> spec.withId("demande-logement")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("etape-suivante")));

        UploadKt._upload(
                _get(Upload.class), "gros.pdf", "application/pdf", new byte[YoungAdultRequests.MAX_DOCUMENT_BYTES + 1]);

        assertThat(pageText()).contains("Ce fichier dépasse 10 Mo.");
    }
}
