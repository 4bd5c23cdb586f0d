/**
 * The observatory's raw monthly counts, counted once a month is over for a month and frozen; never shown as such.
 */
@NullMarked
package fr.reperes.observatory.counting;

import org.jspecify.annotations.NullMarked;
