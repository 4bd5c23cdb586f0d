package fr.reperes.participation.imports;

import fr.reperes.participation.BallotChoice;
import fr.reperes.participation.NewVote;
import fr.reperes.participation.votes.VoteStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Loads council votes as they stand (the demo's past and open votes): a vote opened without the service's "not in the
 * past" check, ballots cast through the same store as members' (roll, counters and receipt apart, nothing that ties
 * them), and the same once-only close.
 */
@Service
public class VoteImport {

    private final VoteStore store;

    VoteImport(VoteStore store) {
        this.store = store;
    }

    /** Creates the vote and moves its proposals to IN_VOTE; returns its id. */
    public long vote(NewVote vote, Instant createdAt) {
        return store.open(vote, createdAt);
    }

    /** Casts each ballot under its mandate at {@code castAt}, which must fall in the vote's window. */
    public void ballots(long voteId, List<Ballot> ballots, Instant castAt) {
        for (Ballot ballot : ballots) {
            if (store.cast(voteId, ballot.mandateId(), ballot.answers(), castAt).receipt() == null) {
                throw new IllegalArgumentException("A ballot of the import was refused");
            }
        }
    }

    /** One member's ballot. */
    public record Ballot(long mandateId, Map<Long, BallotChoice> answers) {}

    /** Closes the vote as the portal would at {@code now} (counting, proposals ADOPTED or REJECTED). */
    public void close(long voteId, Instant now) {
        store.closeIfDue(voteId, now);
    }
}
