package fr.reperes.participation.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.reperes.Deliveries;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.notification.MailTest;
import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.answers.AnswerFixtures.Council;
import fr.reperes.participation.answers.AnswerFixtures.Member;
import fr.reperes.participation.answers.AnswerRecords.AnswerDraft;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The members told in one statement get one mail each after the commit, like every notification: "something new is
 * waiting", never the proposal, the answer, the service or a name.
 */
@MailTest
class CouncilAnswerMailTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilAnswers answers;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachSittingMemberIsMailedOnceWithoutAWordOfTheAnswer() throws MessagingException {
        Deliveries.awaitSettled(jdbc);
        AnswerFixtures fixtures = new AnswerFixtures(context);
        Council council = fixtures.council(3);
        List<String> addresses = council.members().stream()
                .map(member -> "membre" + member.accountId() + "@demo.reperes.fr")
                .toList();
        for (Member member : council.members()) {
            accounts.rememberEmail(member.accountId(), "membre" + member.accountId() + "@demo.reperes.fr");
        }
        long proposal = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 10);
        String title = jdbc.sql("SELECT title FROM proposal WHERE id = :id")
                .param("id", proposal)
                .query(String.class)
                .single();

        answers.answer(
                fixtures.yanis(),
                proposal,
                new AnswerDraft(
                        AnswerStatus.REFUSED,
                        "Service ASE Littoral",
                        fixtures.today(),
                        null,
                        "Le budget de cette année est voté."));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailServer.getReceivedMessages().length >= 3);
        Deliveries.awaitSettled(jdbc);
        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(Arrays.stream(received).map(message -> {
                    try {
                        return message.getAllRecipients()[0].toString();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactlyInAnyOrderElementsOf(addresses);
        for (MimeMessage message : received) {
            String text = message.getSubject() + " " + GreenMailUtil.getBody(message);
            assertThat(text).doesNotContain(title, "Sami", "Service ASE", "budget", "Refus", "refus", "conseil");
        }
    }
}
