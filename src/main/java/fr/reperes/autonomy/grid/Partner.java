package fr.reperes.autonomy.grid;

/** A partner of the département in the directory (mission locale, CAF, CPAM...). */
public record Partner(
        long id, String kind, String name, String helpsWith, String address, String hours, String phone) {}
