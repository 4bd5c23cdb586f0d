package fr.reperes.observatory;

/**
 * The pathway figures the portal gives the ODPE (art. L226-3-1 CASF), each counted by territory and by month.
 * A figure with a cohort is a share: its count is the part of the cohort concerned.
 */
public enum AutonomyIndicator {
    /** Cohort: young people who reached 17 years and 6 months in the month. Count: their entretien was held by then. */
    INTERVIEW_BEFORE_17_AND_HALF(true),
    /** Cohort: young people who turned 18 in the month. Count: they had submitted a request by the day before. */
    REQUEST_BEFORE_18(true),
    /**
     * Same cohort. Count: the sorties sèches, who turned 18 with no request submitted by their birthday and no
     * contract starting by then.
     */
    LEFT_AT_18_WITH_NOTHING(true),
    /** Young people with a request (first or renewal) granted in the month. */
    REQUESTS_GRANTED(false),
    /** Young people with a request (first or renewal) refused in the month. */
    REQUESTS_REFUSED(false),
    /** Young people whose renewed contract started in the month. */
    CONTRACTS_RENEWED(false);

    private final boolean share;

    AutonomyIndicator(boolean share) {
        this.share = share;
    }

    /** Whether the figure is a part of a cohort (count and share) rather than a plain count. */
    public boolean share() {
        return share;
    }
}
