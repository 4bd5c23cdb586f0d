@NullMarked
package fr.reperes.dossier.home;

import org.jspecify.annotations.NullMarked;
