package fr.reperes.access;

/**
 * The facts the policy needs about a viewer and a council, read at the moment of asking.
 *
 * @param sameDepartement the council is the viewer's département's
 * @param member          the viewer holds a mandate in it today (started, not ended, not resigned)
 * @param eligible        the viewer is the kind of person the council is made of (a young person for a conseil des
 *                        jeunes, a parent for a conseil des parents), so may ask to join it
 */
public record CouncilSituation(boolean sameDepartement, boolean member, boolean eligible) {}
