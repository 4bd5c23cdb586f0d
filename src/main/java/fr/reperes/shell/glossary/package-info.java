@NullMarked
package fr.reperes.shell.glossary;

import org.jspecify.annotations.NullMarked;
