@NullMarked
package fr.reperes.notification.family;

import org.jspecify.annotations.NullMarked;
