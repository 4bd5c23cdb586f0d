package fr.reperes.participation;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A session the animateur plans: a place, an online link or both, and an agenda. */
public record NewCouncilSession(@Nullable LocalDateTime startsAt, String place, String onlineLink, String agenda) {}
