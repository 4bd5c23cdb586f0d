@NullMarked
package fr.reperes.dossier.meetings;

import org.jspecify.annotations.NullMarked;
