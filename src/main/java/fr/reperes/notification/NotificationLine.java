package fr.reperes.notification;

import java.time.Instant;

/** One notification in the bell. */
public record NotificationLine(
        long id, NotificationKind kind, String firstName, String link, Instant createdAt, boolean read) {}
