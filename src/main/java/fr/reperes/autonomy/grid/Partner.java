package fr.reperes.autonomy.grid;

import org.jspecify.annotations.Nullable;

/** A partner of the département in the directory (mission locale, CAF, CPAM...). */
public record Partner(
        long id,
        String kind,
        String name,
        String helpsWith,
        @Nullable String address,
        @Nullable String hours,
        @Nullable String phone) {}
