package fr.reperes.participation;

import java.util.List;

/** The territories and councils of the author's département a survey's audience may name, by id and name. */
public record SurveyAudienceChoices(List<Choice> territories, List<Choice> councils) {

    public SurveyAudienceChoices {
        territories = List.copyOf(territories);
        councils = List.copyOf(councils);
    }

    /** The stored value (an id, as text) and the name to show. */
    public record Choice(String value, String name) {}
}
