package fr.reperes.participation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A proposal in the council's list, with its counts read in the same statement.
 *
 * @param title        null when the animateur hid it and the reader is neither its author nor the animateur
 * @param hidden       hidden by the animateur
 * @param read         the reader opened it already (always true for the animateur)
 */
public record ProposalRow(
        long id,
        @Nullable String title,
        ProposalTheme theme,
        ProposalStatus status,
        String authorFirstName,
        boolean mine,
        @Nullable Instant publishedAt,
        boolean hidden,
        long comments,
        long supports,
        boolean read) {}
