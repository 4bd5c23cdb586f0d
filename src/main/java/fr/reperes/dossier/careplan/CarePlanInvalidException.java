package fr.reperes.dossier.careplan;

import fr.reperes.platform.InvalidInputException;
import java.util.Map;

/**
 * A PPE draft that cannot be saved or published. Field names: {@code nextReviewOn},
 * {@code <DOMAIN>.action.<index>.what|who|dueOn}, {@code <DOMAIN>.<needs|objectives|evaluation>}, {@code youthWords},
 * {@code parentsWords}.
 */
public class CarePlanInvalidException extends InvalidInputException {

    public CarePlanInvalidException(Map<String, String> fieldErrors) {
        super(fieldErrors);
    }
}
