@NullMarked
package fr.reperes.dossier.careplan;

import org.jspecify.annotations.NullMarked;
