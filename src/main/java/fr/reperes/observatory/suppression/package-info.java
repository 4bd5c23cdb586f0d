@NullMarked
package fr.reperes.observatory.suppression;

import org.jspecify.annotations.NullMarked;
