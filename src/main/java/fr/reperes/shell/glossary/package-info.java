/**
 * The lexique: the trade's words explained.
 */
@NullMarked
package fr.reperes.shell.glossary;

import org.jspecify.annotations.NullMarked;
