/**
 * Small-cell suppression, with secondary suppression audited by linear programming so no withheld number can be
 * derived.
 */
@NullMarked
package fr.reperes.observatory.suppression;

import org.jspecify.annotations.NullMarked;
