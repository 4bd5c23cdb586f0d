package fr.reperes.participation;

import java.util.Map;

/**
 * How a council is made up, in counts only (the CNPE's rules ask for about twelve members with a balance of sex, age,
 * kind of measure and territory). Members and the animateur read it; a non-member never does. The maps hold every
 * value of their enum, zero included; by territory only the territories with members. A conseil des parents counts
 * its members by sex only (the other maps are empty). Members read sex and age band; the kind of measure and the
 * territory are the animateur's only (empty for a member), as a count that moves with one peer would name their
 * measure.
 *
 * @param members   members whose mandate is active today
 * @param target    the number of seats the rules suggest
 */
public record CouncilBalance(
        int members,
        int target,
        Map<MemberSex, Integer> bySex,
        Map<CouncilAgeBand, Integer> byAge,
        Map<CouncilMeasureGroup, Integer> byMeasure,
        Map<String, Integer> byTerritory) {

    /** The CNPE's college of young people has twelve members. */
    public static final int SEATS = 12;
}
