/**
 * What the home page of a young person or a parent shows of the bell: what changed since their last visit.
 */
@NullMarked
package fr.reperes.notification.home;

import org.jspecify.annotations.NullMarked;
