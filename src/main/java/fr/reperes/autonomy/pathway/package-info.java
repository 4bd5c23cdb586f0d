@NullMarked
package fr.reperes.autonomy.pathway;

import org.jspecify.annotations.NullMarked;
