@NullMarked
package fr.reperes.dossier.anonymity;

import org.jspecify.annotations.NullMarked;
