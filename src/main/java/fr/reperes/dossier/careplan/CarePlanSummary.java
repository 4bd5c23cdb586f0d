package fr.reperes.dossier.careplan;

import java.time.Instant;

/** A version in the PPE's history. */
public record CarePlanSummary(long id, int number, Instant publishedAt) {}
