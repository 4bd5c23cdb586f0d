/**
 * Small-cell suppression, with secondary suppression audited by linear programming so no withheld number can be
 * derived: the one implementation every module publishing counts of people goes through (the observatory's
 * figures, survey results).
 */
@NamedInterface("suppression")
@NullMarked
package fr.reperes.platform.suppression;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
