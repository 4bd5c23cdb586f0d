@NullMarked
package fr.reperes.dossier.caseload;

import org.jspecify.annotations.NullMarked;
