/**
 * The pathway's reminders (16 years, entretien, 6 and 3 months before 18, contract end, follow-up), sent once each.
 */
@NullMarked
package fr.reperes.autonomy.reminders;

import org.jspecify.annotations.NullMarked;
