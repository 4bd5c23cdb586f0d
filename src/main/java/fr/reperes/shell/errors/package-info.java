/**
 * One page inside the frame for each kind of error (refused, not found, unexpected) and the session's error
 * handler.
 */
@NullMarked
package fr.reperes.shell.errors;

import org.jspecify.annotations.NullMarked;
