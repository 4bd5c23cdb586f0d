package fr.reperes.participation;

/**
 * When a proposal is adopted, given its counts and the number of ballots cast (each ballot answers every proposal of
 * the vote). In approval votes a ballot that does not approve a proposal counts against it, and nobody abstains.
 */
public enum MajorityRule {
    /** More for than against; abstentions are not expressed votes. */
    SIMPLE,
    /** More than half of all the ballots cast, abstentions and blank ballots included. */
    ABSOLUTE,
    /** At least two thirds of the expressed votes (for and against). */
    TWO_THIRDS;

    /** Whether {@code forCount} of {@code ballots} adopt, with {@code againstCount} against. */
    public boolean adopts(int forCount, int againstCount, int ballots) {
        if (forCount == 0) {
            return false;
        }
        return switch (this) {
            case SIMPLE -> forCount > againstCount;
            case ABSOLUTE -> 2L * forCount > ballots;
            case TWO_THIRDS -> 3L * forCount >= 2L * (forCount + againstCount);
        };
    }
}
