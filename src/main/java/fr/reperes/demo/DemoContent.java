package fr.reperes.demo;

import fr.reperes.content.imports.DefaultContent;
import fr.reperes.dossier.imports.DossierImport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo département's livrets, rights guide, evaluation leaflet and lexique: what Repères ships. */
@Component
class DemoContent {

    private final DefaultContent defaults;
    private final DossierImport dossier;

    DemoContent(DefaultContent defaults, DossierImport dossier) {
        this.defaults = defaults;
        this.dossier = dossier;
    }

    @Transactional
    void load() {
        long dep = dossier.departementId(DemoDepartement.CODE).orElseThrow();
        defaults.importInto(dep);
    }
}
