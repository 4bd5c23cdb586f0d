/**
 * Writes books, pages and published versions without a viewer: the content Repères ships, the demo, tests
 * (ModularityTest checks who depends on it).
 */
@NamedInterface("imports")
@NullMarked
package fr.reperes.content.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
