package fr.reperes.participation;

import java.util.List;

/**
 * What a respondent gave to one question of a page: option codes (one for a single choice, a scale or yes/no; those
 * chosen for a multiple choice; every option in rank order for a ranking) or one text. Empty: not answered.
 */
public record AnswerInput(long questionId, List<String> values) {

    public AnswerInput {
        values = List.copyOf(values);
    }
}
