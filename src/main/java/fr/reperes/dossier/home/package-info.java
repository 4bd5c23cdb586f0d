/**
 * What the young person's and each parent's home page shows of the dossier: the next meeting or hearing with its
 * countdown (read through the meetings' service, as "Mes rendez-vous"), next dates and milestones.
 */
@NullMarked
package fr.reperes.dossier.home;

import org.jspecify.annotations.NullMarked;
