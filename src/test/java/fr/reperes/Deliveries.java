package fr.reperes;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the event publication registry still holds: publications whose listener has not completed. Listeners run
 * after the commit on other threads, so a test that counts what the database does waits for them first.
 */
public final class Deliveries {

    private Deliveries() {}

    /** Publications on their way: stored, being handled or handed again (a failed one waits for a retry). */
    public static long underWay(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                        + "AND (STATUS IS NULL OR STATUS <> 'FAILED')")
                .query(Long.class)
                .single();
    }

    public static long failed(JdbcClient jdbc, Class<?> eventType) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND STATUS = 'FAILED' "
                        + "AND EVENT_TYPE = :type")
                .param("type", eventType.getName())
                .query(Long.class)
                .single();
    }

    public static long stored(JdbcClient jdbc, Class<?> eventType) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE EVENT_TYPE = :type")
                .param("type", eventType.getName())
                .query(Long.class)
                .single();
    }

    /** Waits until every listener handed an event has completed or failed. */
    public static void awaitSettled(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(60)).until(() -> underWay(jdbc) == 0);
    }

    /** Every recipient of every mail the server received, in the order received. */
    public static List<String> recipients(GreenMailOperations server) {
        return Arrays.stream(server.getReceivedMessages())
                .flatMap(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).map(Object::toString);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
