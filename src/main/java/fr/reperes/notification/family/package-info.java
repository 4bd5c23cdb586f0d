/**
 * Who is told what: the family on a publication, a shared document or a moved meeting, everyone two days before a
 * meeting, and the author of a reaction when it is answered.
 */
@NullMarked
package fr.reperes.notification.family;

import org.jspecify.annotations.NullMarked;
