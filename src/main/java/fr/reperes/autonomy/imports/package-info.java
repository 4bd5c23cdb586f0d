/**
 * Loading existing autonomy pathways (grids, interviews, requests, contracts) and the département's partners, without a
 * viewer; for the demo département and a future import only (ModularityTest checks who depends on it).
 */
@NamedInterface("imports")
@NullMarked
package fr.reperes.autonomy.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
