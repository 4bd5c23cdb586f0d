/**
 * Loading a département's existing files into the portal, without a viewer: what the demo département and a future
 * import from the professionals' software use. It skips the access policy because nobody reads through it; no other
 * module may depend on it (ModularityTest checks who does).
 */
@NamedInterface("imports")
@NullMarked
package fr.reperes.dossier.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
