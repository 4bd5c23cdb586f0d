@NullMarked
package fr.reperes;

import org.jspecify.annotations.NullMarked;
