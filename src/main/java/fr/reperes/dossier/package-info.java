/**
 * The young people followed by the département, their parents and the professionals who follow them; what each
 * viewer may read of it goes through {@link fr.reperes.dossier.DossierAccess}.
 */
@ApplicationModule(displayName = "Dossier",
        allowedDependencies = {"access", "identity", "platform", "shell"})
@NullMarked
package fr.reperes.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
