package fr.reperes.participation;

/** What a member writes in a proposal: its title, its text and its theme. */
public record ProposalDraft(String title, String body, ProposalTheme theme) {}
