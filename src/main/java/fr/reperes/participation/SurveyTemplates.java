package fr.reperes.participation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped templates, as their authors wrote them in {@code src/main/resources/surveys/<template>.json}: content the
 * département adapts (a new survey is made from a copy, then edited as a draft), not the portal's own words.
 */
@Component
public class SurveyTemplates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The template's definition; dates and audience left for the author to set. */
    public SurveyDefinition definition(SurveyTemplate template) {
        String path = "/surveys/" + template.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
        try (InputStream in = Objects.requireNonNull(
                SurveyTemplates.class.getResourceAsStream(path), () -> "missing template " + path)) {
            return JSON.readValue(in, SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
