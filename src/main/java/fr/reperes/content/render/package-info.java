/**
 * Markdown to HTML that a browser, a screen reader and a PDF can take: CommonMark, then OWASP's sanitiser.
 */
@NullMarked
package fr.reperes.content.render;

import org.jspecify.annotations.NullMarked;
