package fr.reperes.dossier;

import java.util.Map;

/**
 * A draft that cannot be saved or published, with a message key for each field at fault. Field names:
 * {@code nextReviewOn}, {@code <DOMAIN>.action.<index>.what|who|dueOn}.
 */
public class CarePlanInvalidException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    CarePlanInvalidException(Map<String, String> fieldErrors) {
        super("Invalid care plan: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
