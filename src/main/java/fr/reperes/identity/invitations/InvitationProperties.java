package fr.reperes.identity.invitations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param validity     how long a code can be used after it is issued
 * @param maxFailures  wrong codes in a row before the identity is locked out
 * @param lockout      how long the lock lasts
 */
@ConfigurationProperties("reperes.invitations")
public record InvitationProperties(Duration validity, int maxFailures, Duration lockout) {}
