package fr.reperes.dossier.caseload;

import org.jspecify.annotations.Nullable;

/** A référent's search in their caseload: part of a name, an age band; both optional. */
public record CaseloadFilter(
        @Nullable String text, @Nullable AgeBand ageBand) {

    public static CaseloadFilter none() {
        return new CaseloadFilter(null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
