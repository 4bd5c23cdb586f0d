package fr.reperes.dossier;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates of a kind of measure that another module holds: the accompagnement jeune majeur runs as the contrats jeune
 * majeur the autonomy module records. The measure pages read the dates there rather than from the measure's own row,
 * so that the contract's page, the pathway and the measures can never disagree. Asked only after the measures were
 * read for the reader under the access policy (the dates are the measure's, already theirs to read).
 */
public interface MeasureTerms {

    /** The kind of measure whose dates this module holds. */
    MeasureKind kind();

    /** From the first contract's start to the last one's end; empty when the module holds none for this person. */
    Optional<Term> termOf(long youngPersonId);

    record Term(LocalDate startsOn, LocalDate endsOn) {}
}
