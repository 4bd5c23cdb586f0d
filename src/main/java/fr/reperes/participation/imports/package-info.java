/**
 * Loading existing councils, mandates and proposals without a viewer: for the demo département and a future import
 * only (ModularityTest checks who depends on it).
 */
@NamedInterface("imports")
@NullMarked
package fr.reperes.participation.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
