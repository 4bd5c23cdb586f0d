package fr.reperes.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with its mail going to a GreenMail server on 127.0.0.1:3025 (each test class registers it)
 * through a {@link GatedMailSender}. Classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles("test")
@Import(GatedMailSender.Configuration.class)
public @interface MailTest {}
