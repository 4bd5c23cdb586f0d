/**
 * The young people followed by the département, their parents and the professionals who follow them; what each
 * viewer may read of it goes through {@link fr.reperes.dossier.DossierAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier",
        allowedDependencies = {"access", "identity", "platform", "shell"})
package fr.reperes.dossier;
