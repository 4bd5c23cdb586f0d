package fr.reperes.autonomy;

import java.time.LocalDate;

/** The contract the référent records with a granted request. */
public record NewContract(String objectives, LocalDate startsOn, LocalDate endsOn, LocalDate nextReviewOn) {}
