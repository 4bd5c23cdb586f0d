@NullMarked
package fr.reperes.dossier.contacts;

import org.jspecify.annotations.NullMarked;
