package fr.reperes.observatory;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every figure the observatory shows, each a count of people (never of records: the privacy rule counts people). A
 * {@link Shape#SHARE} has a cohort (its denominator) and a count (its numerator, a part of the cohort). A
 * {@link Nature#STOCK} is a state at the end of a month (its quarter and year are its last month's figure); a
 * {@link Nature#FLOW} counts what happened in a month (its quarter and year add its months up). Each has its
 * definition in the bundles: {@code observatory.indicator.<NAME>.title}, {@code .numerator}, {@code .denominator}
 * (shares only), {@code .source} and {@code .limits}.
 */
public enum Indicator {
    // Dossier
    /**
     * Cohort: young people with a measure in force at the month's end, other than an MJIE (an investigation calls for
     * no PPE). Count: of them, with a published PPE.
     */
    PPE_COVERAGE(Source.DOSSIER, Shape.SHARE, Nature.STOCK),
    /**
     * Cohort: PPE_COVERAGE's count (a measure other than an MJIE in force and a published PPE at the month's end).
     * Count: its last version under 12 months old (6 under the age of 2).
     */
    PPE_UP_TO_DATE(Source.DOSSIER, Shape.SHARE, Nature.STOCK),
    /**
     * Cohort: young people with a synthèse held in the month. Count: the notes of each of them were published to the
     * family at most 8 days after the meeting.
     */
    SYNTHESIS_NOTES_IN_TIME(Source.DOSSIER, Shape.SHARE, Nature.FLOW),
    /** Young people about whose file someone of the family reacted "j'ai lu" in the month. */
    REACTIONS_READ(Source.DOSSIER, Shape.COUNT, Nature.FLOW),
    /** Young people about whose file someone of the family reacted "je ne suis pas d'accord" in the month. */
    REACTIONS_DISAGREE(Source.DOSSIER, Shape.COUNT, Nature.FLOW),
    /** Young people about whose file someone of the family reacted "je veux en parler" in the month. */
    REACTIONS_WANT_TO_TALK(Source.DOSSIER, Shape.COUNT, Nature.FLOW),
    /**
     * Cohort: young people about whom a reaction awaiting an answer ("je ne suis pas d'accord", "je veux en parler")
     * was written in the month. Count: each of them answered within 7 days.
     */
    REACTIONS_ANSWERED_IN_A_WEEK(Source.DOSSIER, Shape.SHARE, Nature.FLOW),
    // Autonomy (the figures of AutonomyIndicator, by every dimension)
    INTERVIEW_BEFORE_17_AND_HALF(Source.AUTONOMY, Shape.SHARE, Nature.FLOW),
    REQUEST_BEFORE_18(Source.AUTONOMY, Shape.SHARE, Nature.FLOW),
    LEFT_AT_18_WITH_NOTHING(Source.AUTONOMY, Shape.SHARE, Nature.FLOW),
    REQUESTS_GRANTED(Source.AUTONOMY, Shape.COUNT, Nature.FLOW),
    REQUESTS_REFUSED(Source.AUTONOMY, Shape.COUNT, Nature.FLOW),
    CONTRACTS_RENEWED(Source.AUTONOMY, Shape.COUNT, Nature.FLOW),
    // Participation
    /**
     * Cohort: young people asked by a closed survey whose last day for answers fell in the month (its audience on that
     * day). Count: of them, who finished each such survey.
     */
    SURVEY_PARTICIPATION(Source.PARTICIPATION, Shape.SHARE, Nature.FLOW),
    /** Young people who made a proposal to a conseil des jeunes in the month. */
    PROPOSALS_MADE(Source.PARTICIPATION, Shape.COUNT, Nature.FLOW),
    /** Young people whose proposal was adopted by the council in the month. */
    PROPOSALS_ADOPTED(Source.PARTICIPATION, Shape.COUNT, Nature.FLOW),
    /** Young people whose proposal got the département's answer in the month. */
    PROPOSALS_ANSWERED(Source.PARTICIPATION, Shape.COUNT, Nature.FLOW),
    // Content
    /**
     * Cohort: young people whose measure started in the month. Count: the livret of each such measure acknowledged by
     * the young person or a parent within 30 days of its start.
     */
    LIVRET_ACKNOWLEDGED_IN_A_MONTH(Source.CONTENT, Shape.SHARE, Nature.FLOW);

    /** The module whose data an indicator counts, through the read views that module publishes. */
    public enum Source {
        DOSSIER,
        AUTONOMY,
        PARTICIPATION,
        CONTENT
    }

    public enum Shape {
        COUNT,
        SHARE
    }

    public enum Nature {
        STOCK,
        FLOW
    }

    private final Source source;
    private final Shape shape;
    private final Nature nature;

    Indicator(Source source, Shape shape, Nature nature) {
        this.source = source;
        this.shape = shape;
        this.nature = nature;
    }

    public Source source() {
        return source;
    }

    public Shape shape() {
        return shape;
    }

    public Nature nature() {
        return nature;
    }

    /** Every indicator is broken down by every dimension: each partitions the people it counts. */
    public Set<Dimension> dimensions() {
        return EnumSet.allOf(Dimension.class);
    }

    /** The start of its bundle keys: {@code observatory.indicator.PPE_COVERAGE}. */
    public String key() {
        return "observatory.indicator." + name();
    }

    /** Its name in URLs: {@code ppe-coverage}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
