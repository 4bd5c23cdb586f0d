package fr.reperes.shell.layout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When an idle session on a shared device is warned and then ended (application.properties, under
 * server.servlet.session.timeout, which ends it on the server anyway).
 *
 * @param warnAfter    without a click, key press or touch for this long, "Toujours là ?" opens
 * @param signOutAfter and without an answer until this long, the session is signed out
 */
@ConfigurationProperties("reperes.idle")
record IdleProperties(Duration warnAfter, Duration signOutAfter) {}
