package fr.reperes.dossier;

/** Kinds of measure, with who may decide them and whether the young person lives elsewhere. */
public enum MeasureKind {
    AED(LegalBasis.ADMINISTRATIVE, false),
    ACCUEIL_PROVISOIRE(LegalBasis.ADMINISTRATIVE, true),
    ACCOMPAGNEMENT_JEUNE_MAJEUR(LegalBasis.ADMINISTRATIVE, false),
    AEMO(LegalBasis.JUDICIAL, false),
    AEMO_RENFORCEE(LegalBasis.JUDICIAL, false),
    MJIE(LegalBasis.JUDICIAL, false),
    OPP(LegalBasis.JUDICIAL, true),
    PLACEMENT_JUDICIAIRE(LegalBasis.JUDICIAL, true),
    TDC(LegalBasis.JUDICIAL, true),
    DAP(LegalBasis.JUDICIAL, false);

    public enum LegalBasis {
        /** Decided by the Président du conseil départemental with the parents' agreement. */
        ADMINISTRATIVE,
        /** Ordered by the juge des enfants or the tribunal (assistance éducative, art. 375 Code civil). */
        JUDICIAL
    }

    private final LegalBasis legalBasis;
    private final boolean placement;

    MeasureKind(LegalBasis legalBasis, boolean placement) {
        this.legalBasis = legalBasis;
        this.placement = placement;
    }

    public LegalBasis legalBasis() {
        return legalBasis;
    }

    /**
     * The words every page uses for who decided and with whose agreement: an administrative measure for a minor is
     * agreed by the parents; the accompagnement jeune majeur is asked for, and agreed to, by the young adult
     * themselves, never by their parents; a judicial measure is ordered by the judge.
     */
    public String basisKey() {
        return this == ACCOMPAGNEMENT_JEUNE_MAJEUR ? "measure.basis.YOUNG_ADULT" : "measure.basis." + legalBasis.name();
    }

    /** The young person lives away from home, in a lieu d'accueil. */
    public boolean placement() {
        return placement;
    }
}
