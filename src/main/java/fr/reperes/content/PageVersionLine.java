package fr.reperes.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One published version of a page in a language, as the list of earlier versions shows it. */
public record PageVersionLine(
        int number, String title, @Nullable Integer followsNumber, Instant publishedAt, String publishedByName) {}
