@NullMarked
package fr.reperes.dossier.documents;

import org.jspecify.annotations.NullMarked;
