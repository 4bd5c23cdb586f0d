@NullMarked
package fr.reperes.shell.home;

import org.jspecify.annotations.NullMarked;
