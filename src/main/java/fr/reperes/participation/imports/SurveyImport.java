package fr.reperes.participation.imports;

import fr.reperes.participation.SurveyDefinition;
import fr.reperes.participation.SurveyDefinitionWriter;
import fr.reperes.participation.SurveyStatus;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a whole survey definition as one version (the demo's surveys, a template loaded for a test): survey, audience,
 * indicators, version 1 and its variants, questions, options and conditions. Writes no answer. The writing itself is
 * {@link SurveyDefinitionWriter}'s, the one the survey editor uses: this is the demo's entry point to it.
 */
@Service
public class SurveyImport {

    private final SurveyDefinitionWriter writer;

    SurveyImport(SurveyDefinitionWriter writer) {
        this.writer = writer;
    }

    /** The ids a loaded survey got: the survey, its first version, and each band's variant. */
    public record Loaded(long surveyId, long versionId, Map<String, Long> variantIds) {}

    @Transactional
    public Loaded load(
            long departementId,
            long authorAccountId,
            SurveyDefinition definition,
            SurveyStatus status,
            @Nullable String template,
            Instant now) {
        SurveyDefinitionWriter.Written written =
                writer.write(departementId, authorAccountId, definition, status, template, now);
        return new Loaded(written.surveyId(), written.versionId(), written.variantIds());
    }

    /** One variant's questions, positions counted within each page in the order given. */
    @Transactional
    public long variant(long versionId, SurveyDefinition.Variant variant, Map<String, Long> indicatorIds) {
        return writer.variant(versionId, variant, indicatorIds);
    }
}
