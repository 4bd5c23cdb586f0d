/**
 * The e-mail that says something new is waiting, sent after the change is stored and retried, never with case
 * content.
 */
@NullMarked
package fr.reperes.notification.mail;

import org.jspecify.annotations.NullMarked;
