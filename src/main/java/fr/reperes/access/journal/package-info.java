@NullMarked
package fr.reperes.access.journal;

import org.jspecify.annotations.NullMarked;
