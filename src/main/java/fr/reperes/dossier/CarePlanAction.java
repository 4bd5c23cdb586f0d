package fr.reperes.dossier;

import java.time.LocalDate;

/** Who does what, by when. */
public record CarePlanAction(String what, String who, LocalDate dueOn) {

    /**
     * How the action reads on the day {@code today}: the PPE records no state for an action, so a date gone by says
     * only that (its progress is in the domain's "Où on en est"), never that it was done or missed. The one wording
     * for the family's page, the PDF and the référent's preview; all take (what, who, due day) as parameters.
     */
    public String textKey(LocalDate today) {
        if (dueOn == null) {
            return "ppe.action";
        }
        return dueOn.isBefore(today) ? "ppe.action.past" : "ppe.action.due";
    }

    public boolean blank() {
        return (what == null || what.isBlank()) && (who == null || who.isBlank()) && dueOn == null;
    }
}
