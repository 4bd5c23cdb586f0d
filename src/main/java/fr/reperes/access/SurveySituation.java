package fr.reperes.access;

/**
 * The facts the policy needs about a viewer and a survey, read at the moment of asking.
 *
 * @param sameDepartement the survey is the viewer's département's
 * @param asked           the viewer is among those the survey asks: a variant for their age band (or for parents),
 *                        and every audience rule (measure kind, lieu d'accueil kind, territory, council) matched today
 */
public record SurveySituation(boolean sameDepartement, boolean asked) {}
