@NullMarked
package fr.reperes.notification.mail;

import org.jspecify.annotations.NullMarked;
