package fr.reperes.participation;

/** The surveys shipped ready to adapt, drawn from the départements' plans (../shared/seeds). */
public enum SurveyTemplate {
    /** The questionnaire for young people leaving care, 15-21 (Charente-Maritime plan, hearing young people). */
    LEAVING_CARE,
    /** Satisfaction with the lieu d'accueil, for children and for parents (Pas-de-Calais, Seine-Saint-Denis plans). */
    PLACEMENT_SATISFACTION
}
