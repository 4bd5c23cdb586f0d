@NullMarked
package fr.reperes.dossier.reactions;

import org.jspecify.annotations.NullMarked;
