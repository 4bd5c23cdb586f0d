package fr.reperes.dossier.documents;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.caseload.YoungPersonView;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The référent's document form refuses a file over the limit on the server, and says so. */
class DocumentUploadLimitTest extends KaribuTest {

    @Test
    void aFileOverTheLimitIsRefusedWithTheReasonInTheReadersLanguage() {
        long leo = context.getBean(JdbcClient.class)
                .sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
        signInAs("claire");
        UI.getCurrent().navigate(YoungPersonView.class, leo);

        UploadKt._upload(_get(Upload.class), "gros.pdf", "application/pdf", new byte[DocumentService.MAX_BYTES + 1]);

        assertThat(pageText()).contains("Ce fichier dépasse 10 Mo.");
    }
}
