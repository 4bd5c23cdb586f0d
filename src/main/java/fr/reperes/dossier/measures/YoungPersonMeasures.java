package fr.reperes.dossier.measures;

import java.util.List;

/** A young person's measures, newest first, for one reader. */
public record YoungPersonMeasures(long youngPersonId, String firstName, int age, List<MeasureLine> measures) {}
