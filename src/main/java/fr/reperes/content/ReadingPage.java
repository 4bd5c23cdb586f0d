package fr.reperes.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A published version of a page as a reader reads it: in the language they asked for, or in French when the page has
 * no version in it yet.
 *
 * @param asked           the language the reader asked for
 * @param language        the language of this version: {@code asked}, or FR when the page is not written in it
 * @param followsNumber   for FALC or a translation, the French version it renders
 * @param latestFrench    the number of the page's latest French version (null when none is published)
 */
public record ReadingPage(
        long pageId,
        String bookCode,
        String slug,
        PageAudience audience,
        PageLanguage asked,
        PageLanguage language,
        int number,
        String title,
        String body,
        @Nullable Integer followsNumber,
        @Nullable Integer latestFrench,
        Instant publishedAt,
        String publishedByName) {

    /** The page is not written in the asked language: the reader reads it in French. */
    public boolean inFrenchInstead() {
        return language != asked;
    }

    /** A FALC version or a translation that renders an older French version than the latest. */
    public boolean behindFrench() {
        return followsNumber != null && latestFrench != null && followsNumber < latestFrench;
    }
}
