/**
 * The demo département, loaded on first start when {@code reperes.demo-data.enabled}: the personas of the product's
 * stories (lina, karim, nadia, sofia, mehdi, amina, claire, thomas, yanis, odpe, admin; in the second département,
 * Azur: agnes, noe, farid) and a generated population
 * large enough for lists and searches to be realistic. Dates are relative to today so the stories stay true.
 * <p>
 * Tables: none.
 */
@ApplicationModule(
        displayName = "Demo département",
        allowedDependencies = {
            "access",
            "autonomy",
            "autonomy :: imports",
            "content",
            "content :: imports",
            "dossier",
            "dossier :: imports",
            "identity",
            "participation",
            "participation :: imports"
        })
@NullMarked
package fr.reperes.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
