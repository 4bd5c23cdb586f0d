@NullMarked
package fr.reperes.shell.layout;

import org.jspecify.annotations.NullMarked;
