package fr.reperes.participation;

import org.jspecify.annotations.Nullable;

/** Which of the council's proposals a list shows: any theme or status when null. Drafts are never listed. */
public record ProposalFilter(
        @Nullable ProposalTheme theme, @Nullable ProposalStatus status) {

    public static final ProposalFilter ALL = new ProposalFilter(null, null);
}
