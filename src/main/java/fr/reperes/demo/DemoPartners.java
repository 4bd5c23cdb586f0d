package fr.reperes.demo;

import fr.reperes.autonomy.imports.AutonomyImport;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The demo département's partner directory, from {@code demo/partners.json}. */
@Component
class DemoPartners {

    private final AutonomyImport autonomy;

    DemoPartners(AutonomyImport autonomy) {
        this.autonomy = autonomy;
    }

    void load(long departementId) {
        try (InputStream in = DemoPartners.class.getResourceAsStream("/demo/partners.json")) {
            List<AutonomyImport.NewPartner> partners =
                    JsonMapper.builder().build().readValue(in, new TypeReference<List<AutonomyImport.NewPartner>>() {});
            autonomy.partners(departementId, partners);
        } catch (IOException e) {
            throw new IllegalStateException("demo/partners.json cannot be read", e);
        }
    }
}
