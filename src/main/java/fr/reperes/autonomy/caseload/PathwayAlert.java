package fr.reperes.autonomy.caseload;

/** Why a young person of the référent's list is at risk of leaving care with nothing prepared (a "sortie sèche"). */
public enum PathwayAlert {
    /** 18 within six months and the entretien des 17 ans not held. */
    TURNING_18_NO_INTERVIEW,
    /** 18 within six months and no request for a contrat jeune majeur submitted. */
    TURNING_18_NO_REQUEST,
    /** A contract ends within two months and no renewal has been asked for. */
    CONTRACT_ENDING_NO_RENEWAL
}
