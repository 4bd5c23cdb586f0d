/**
 * The whole pathway as one reader may see it, its cards, and what a parent reads of it.
 */
@NullMarked
package fr.reperes.autonomy.pathway;

import org.jspecify.annotations.NullMarked;
