@NullMarked
package fr.reperes.dossier.rights;

import org.jspecify.annotations.NullMarked;
