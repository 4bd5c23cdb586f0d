package fr.reperes.participation;

/** The kinds of question a survey asks, and how their answers are stored and counted. */
public enum QuestionKind {
    SINGLE_CHOICE,
    /** At most the question's maximum of options. */
    MULTIPLE_CHOICE,
    /** 1 to 5; shown with faces (and their words) to younger children. Options '1'..'5'. */
    SCALE,
    /** Every option given a rank from 1. */
    RANKING,
    /** Options 'YES' and 'NO'. */
    YES_NO,
    SHORT_TEXT,
    LONG_TEXT;

    /** Free words: read by an author before any publication, and routed to the CRIP when they reveal a danger. */
    public boolean text() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    /** Answered by choosing among options the author wrote (scale and yes/no have fixed ones). */
    public boolean authoredOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
    }

    /** The longest text answer accepted, in characters. */
    public int longestText() {
        return this == SHORT_TEXT ? 200 : this == LONG_TEXT ? 4000 : 0;
    }
}
