@NullMarked
package fr.reperes.notification.bell;

import org.jspecify.annotations.NullMarked;
