/**
 * Invitation codes, their redemption locks, and the page where a code is typed.
 */
@NullMarked
package fr.reperes.identity.invitations;

import org.jspecify.annotations.NullMarked;
