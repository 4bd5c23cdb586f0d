/**
 * What the young person's and each parent's home page shows of the dossier: next dates and milestones.
 */
@NullMarked
package fr.reperes.dossier.home;

import org.jspecify.annotations.NullMarked;
