/**
 * The home page, made of the panels other modules offer, and the staff's panel.
 */
@NullMarked
package fr.reperes.shell.home;

import org.jspecify.annotations.NullMarked;
