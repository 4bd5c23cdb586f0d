/**
 * The young person's page "qui a consulté mon dossier": the journal of reads, as its reader may see it.
 */
@NullMarked
package fr.reperes.access.journal;

import org.jspecify.annotations.NullMarked;
