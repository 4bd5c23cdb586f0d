package fr.reperes.dossier;

import fr.reperes.access.InformationKind;

/**
 * A column whose text a parent can read, checked again when an anonymity order is made or the placement changes.
 * {@code select} reads one young person's rows (parameter {@code :yp}) as {@code row_key} and {@code text}, or
 * {@code content} for a PDF.
 *
 * @param source the table and column, "meeting.notes": how services and the withheld list name the text
 * @param kind   what the text is part of, for the audit journal of the référent's review
 */
public record FamilyTextColumn(String source, InformationKind kind, boolean pdf, String select) {

    public static FamilyTextColumn text(String source, InformationKind kind, String select) {
        return new FamilyTextColumn(source, kind, false, select);
    }

    public static FamilyTextColumn pdf(String source, InformationKind kind, String select) {
        return new FamilyTextColumn(source, kind, true, select);
    }

    public String table() {
        return source.substring(0, source.indexOf('.'));
    }

    public String column() {
        return source.substring(source.indexOf('.') + 1);
    }
}
