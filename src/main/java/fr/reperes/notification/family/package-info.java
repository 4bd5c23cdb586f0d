/**
 * Who is told what: the family on a publication, everyone two days before a meeting.
 */
@NullMarked
package fr.reperes.notification.family;

import org.jspecify.annotations.NullMarked;
