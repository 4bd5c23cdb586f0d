package fr.reperes.dossier;

import fr.reperes.access.InformationKind;

/**
 * The référent answered a family member's reaction: its author alone is told, if the policy still lets them read what
 * the reaction was about ({@code about}: the PPE or the meeting notes).
 */
public record ReactionAnswered(long youngPersonId, long reactionId, long authorAccountId, InformationKind about) {}
