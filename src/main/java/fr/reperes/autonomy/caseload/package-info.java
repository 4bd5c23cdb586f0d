@NullMarked
package fr.reperes.autonomy.caseload;

import org.jspecify.annotations.NullMarked;
