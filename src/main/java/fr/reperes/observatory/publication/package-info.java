/**
 * Published months, frozen: figures as first published are what every later reader gets.
 */
@NullMarked
package fr.reperes.observatory.publication;

import org.jspecify.annotations.NullMarked;
