/**
 * The observatory's raw monthly counts of every indicator by every dimension, counted set-based once a month is over
 * and frozen; raw numbers that never leave the observatory unprotected.
 */
@NullMarked
package fr.reperes.observatory.counting;

import org.jspecify.annotations.NullMarked;
