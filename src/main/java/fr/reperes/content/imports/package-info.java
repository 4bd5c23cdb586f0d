/**
 * Writes books, pages and published versions without a viewer: the content shipped with Repères, the demo, tests.
 */
@NullMarked
package fr.reperes.content.imports;

import org.jspecify.annotations.NullMarked;
