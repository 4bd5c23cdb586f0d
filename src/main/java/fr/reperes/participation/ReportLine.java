package fr.reperes.participation;

import java.time.Instant;
import java.util.List;

/** A reported comment with every open report on it, for the animateur. */
public record ReportLine(
        long commentId,
        long proposalId,
        String proposalTitle,
        String authorFirstName,
        String text,
        boolean hidden,
        int reports,
        List<String> reasons,
        Instant lastReportedAt) {}
