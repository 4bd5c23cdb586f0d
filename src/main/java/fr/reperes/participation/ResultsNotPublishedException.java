package fr.reperes.participation;

/** A vote's results, or its counted receipts, were asked before it closed: nobody sees them before, not even the animateur. */
public class ResultsNotPublishedException extends RuntimeException {

    public ResultsNotPublishedException() {
        super("Results are published when the vote closes");
    }
}
