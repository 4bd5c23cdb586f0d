@NullMarked
package fr.reperes.autonomy.interview;

import org.jspecify.annotations.NullMarked;
