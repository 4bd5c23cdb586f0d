package fr.reperes.participation;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session of a council: when and where, its agenda, and once the animateur published them, its minutes and the first
 * names of those who attended.
 *
 * @param minutes   the published minutes; null before they are published (the animateur's draft is not shown)
 * @param attendees the first names of the members who attended, as the minutes record them
 */
public record CouncilSession(
        long id,
        long councilId,
        LocalDateTime startsAt,
        @Nullable String place,
        @Nullable String onlineLink,
        String agenda,
        @Nullable String minutes,
        List<String> attendees) {}
