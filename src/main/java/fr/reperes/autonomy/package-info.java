/**
 * The autonomy pathway from 16 to 21: the self-assessment grid, the concrete steps with the département's partners,
 * and the age rules that open each stage (entretien des 17 ans, contrat jeune majeur).
 */
@ApplicationModule(displayName = "Autonomy",
        allowedDependencies = {"access", "dossier", "dossier :: imports", "identity", "notification", "platform", "shell"})
@NullMarked
package fr.reperes.autonomy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
