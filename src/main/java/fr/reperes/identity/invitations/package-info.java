@NullMarked
package fr.reperes.identity.invitations;

import org.jspecify.annotations.NullMarked;
