package fr.reperes.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The application's mail sender, to GreenMail, with a gate a test can close: a mail then waits at the gate (at most
 * {@link #LONGEST_WAIT_SECONDS}) as if the server were slow, which shows whether anyone waits for it.
 */
class GatedMailSender extends JavaMailSenderImpl {

    static final long LONGEST_WAIT_SECONDS = 30;

    private volatile CountDownLatch gate = new CountDownLatch(0);

    GatedMailSender() {
        setHost("127.0.0.1");
        setPort(3025);
    }

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
        try {
            gate.await(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailSendException("Interrupted at the gate", e);
        }
        super.doSend(mimeMessages, originalMessages);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        GatedMailSender mailSender() {
            return new GatedMailSender();
        }
    }
}
