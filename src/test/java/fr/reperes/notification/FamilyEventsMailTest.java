package fr.reperes.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.reperes.Deliveries;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.DocumentServiceTest;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A shared document is mailed as every notification is: to those told, saying nothing of the case. */
@MailTest
class FamilyEventsMailTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void earlierDeliveriesSettled() {
        Deliveries.awaitSettled(jdbc);
    }

    private List<String> recipients() {
        return Deliveries.recipients(mailServer);
    }

    @Test
    void aDocumentSharedAboutLinaIsMailedToLinaAndKarimWithoutItsTitle() throws Exception {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        long document = documents.add(
                claire,
                lina,
                new NewDocument(
                        DocumentKind.REPORT,
                        "Bilan psychologique",
                        LocalDate.now(clock).minusDays(1),
                        "bilan.pdf",
                        DocumentServiceTest.pdf("Bilan.")));
        documents.share(claire, document, true);
        Deliveries.awaitSettled(jdbc);

        // Mails of earlier classes sharing this context may still arrive: the personas' are this test's.
        assertThat(recipients())
                .filteredOn(address -> address.endsWith("@demo.reperes.fr"))
                .containsExactlyInAnyOrder("lina@demo.reperes.fr", "karim@demo.reperes.fr");
        for (MimeMessage message : mailServer.getReceivedMessages()) {
            assertThat((String) message.getContent()).doesNotContain("Lina", "Bilan", "psychologique", "document");
        }
    }
}
