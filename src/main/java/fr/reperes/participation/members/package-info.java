/**
 * Membership pages: a young person's or a parent's own space of councils (invitations, requests to join, resignation),
 * a council's page (balance, members, sessions) and the animateur's page that runs councils.
 */
@NullMarked
package fr.reperes.participation.members;

import org.jspecify.annotations.NullMarked;
