@NullMarked
package fr.reperes.autonomy.project;

import org.jspecify.annotations.NullMarked;
