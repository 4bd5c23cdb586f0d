package fr.reperes.demo;

import fr.reperes.content.imports.DefaultContent;
import fr.reperes.dossier.imports.DossierImport;
import org.springframework.stereotype.Component;

/** The demo département's livrets, rights guide, evaluation leaflet and lexique: what Repères ships. */
@Component
class DemoContent {

    private final DefaultContent defaults;
    private final DossierImport dossier;

    DemoContent(DefaultContent defaults, DossierImport dossier) {
        this.defaults = defaults;
        this.dossier = dossier;
    }

    /**
     * Outside any transaction: another instance starting at the same moment may be publishing the same books for the
     * demo département (its DefaultContentLoader), and the import that loses is run again.
     */
    void load() {
        long dep = dossier.departementId(DemoDepartement.CODE).orElseThrow();
        defaults.importIntoOnce(dep);
    }
}
