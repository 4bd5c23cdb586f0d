@NullMarked
package fr.reperes.autonomy.grid;

import org.jspecify.annotations.NullMarked;
