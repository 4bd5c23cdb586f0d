package fr.reperes.participation;

import java.time.Instant;

/** A text of the young person the animateur routed to their référent, as the référent reads it. */
public record RoutedMessage(
        long id, String councilName, String authorFirstName, String text, String routedBy, Instant routedAt) {}
