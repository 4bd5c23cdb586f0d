/**
 * The bell in the portal's header.
 */
@NullMarked
package fr.reperes.notification.bell;

import org.jspecify.annotations.NullMarked;
