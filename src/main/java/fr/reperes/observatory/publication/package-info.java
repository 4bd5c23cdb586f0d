@NullMarked
package fr.reperes.observatory.publication;

import org.jspecify.annotations.NullMarked;
