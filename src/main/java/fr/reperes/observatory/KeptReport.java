package fr.reperes.observatory;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A yearly report as the list of kept reports shows it: being written (how far), written (its files' sizes) or
 * failed (nothing kept of it but this line). Never its content: {@link ObservatoryReports#pdf} and {@code html} read
 * that when asked.
 *
 * @param requestedBy   the name of who asked for it, as it was then
 * @param finishedAt    when it was written or failed; null while being written
 * @param indicatorsDone how many of its indicators are read so far
 * @param pdfSize       in bytes, once written
 * @param htmlSize      in bytes (UTF-8), once written
 */
public record KeptReport(
        long id,
        Year year,
        Granularity granularity,
        List<Dimension> breakdowns,
        String requestedBy,
        Instant requestedAt,
        @Nullable Instant finishedAt,
        Status status,
        int indicatorsDone,
        int indicatorsTotal,
        @Nullable Integer pdfSize,
        @Nullable Integer htmlSize) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public KeptReport {
        breakdowns = List.copyOf(breakdowns);
    }
}
