package fr.reperes.content.render;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A word of the lexique as a page's text may call it, with its definition in the reader's language.
 *
 * @param key         the lexique page's slug ({@code PPE}, {@code AEMO}...)
 * @param definition  plain text (the lexique page's first paragraph); escaped when rendered
 * @param calledBy    what, in a page's text, calls for it; null when only an explicit {@code [mot](mot:KEY)} does
 */
public record GlossaryTerm(
        String key, String definition, @Nullable Pattern calledBy) {}
