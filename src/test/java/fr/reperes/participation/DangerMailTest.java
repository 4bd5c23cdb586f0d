package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.reperes.Deliveries;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.notification.MailTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A danger revealed by an author with no référent to tell (a parent of the conseil des parents) goes by mail, with
 * its text, to the département's duty address, once, after the routing is committed; the author is told that the
 * CRIP will contact them.
 */
@MailTest
class DangerMailTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    Proposals proposals;

    @Autowired
    CouncilModeration moderation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aParentsDangerGoesToTheDutyAddressWithItsText() throws Exception {
        DebateFixtures f = new DebateFixtures(context);
        // The author has an address: the bell line telling them their text was passed on must still not be mailed.
        context.getBean(AccountDirectory.class)
                .rememberEmail(Objects.requireNonNull(f.parent.viewer().accountId()), "auteur@demo.reperes.fr");
        long id = proposals.saveDraft(
                f.parent.viewer(),
                f.parentsCouncil,
                null,
                new ProposalDraft(
                        "Les visites", "Mon fils a peur de rentrer chez son beau-père.", ProposalTheme.FAMILY_TIES));
        proposals.publish(f.parent.viewer(), f.parentsCouncil, id);
        long comment = proposals.comment(
                f.parent.viewer(), f.parentsCouncil, id, null, "Il m'a dit qu'on le frappe quand je ne suis pas là.");
        Deliveries.awaitSettled(jdbc);
        int before = mailServer.getReceivedMessages().length;

        DangerRouting routing =
                moderation.routeDanger(f.animateur, f.parentsCouncil, ModerationTarget.COMMENT, comment);
        // Routing twice sends nothing more.
        moderation.routeDanger(f.animateur, f.parentsCouncil, ModerationTarget.COMMENT, comment);
        Deliveries.awaitSettled(jdbc);

        assertThat(routing.toReferent()).isFalse();
        MimeMessage[] received =
                Arrays.copyOfRange(mailServer.getReceivedMessages(), before, mailServer.getReceivedMessages().length);
        assertThat(received).as("one mail, to the CRIP; none to the author").hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("crip@departement.localhost");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(GreenMailUtil.getWholeMessage(received[0]))
                .contains("frappe")
                .contains("Yves Animo");
        assertThat(body).isNotBlank();
        assertThat(jdbc.sql("SELECT mailed_at IS NOT NULL FROM council_danger_routing WHERE id = :id")
                        .param("id", routing.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(moderation.unmailed(f.animateur, f.parentsCouncil)).isEmpty();
        CommentLine forAuthor = proposals
                .proposal(f.parent.viewer(), f.parentsCouncil, id)
                .comments()
                .getFirst();
        assertThat(forAuthor.routed()).isTrue();
        assertThat(forAuthor.toldWho()).isNull();
    }
}
