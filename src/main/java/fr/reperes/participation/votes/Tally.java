package fr.reperes.participation.votes;

import fr.reperes.participation.BallotChoice;

/** One counter of a vote: how many ballots gave {@code choice} on the proposal. Nothing says whose. */
public record Tally(long proposalId, BallotChoice choice, int ballots) {}
