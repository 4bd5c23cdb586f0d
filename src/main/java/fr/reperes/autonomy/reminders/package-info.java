@NullMarked
package fr.reperes.autonomy.reminders;

import org.jspecify.annotations.NullMarked;
