@NullMarked
package fr.reperes.dossier.measures;

import org.jspecify.annotations.NullMarked;
