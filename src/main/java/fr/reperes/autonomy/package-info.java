/**
 * The autonomy pathway from 16 to 21: the self-assessment grid, the concrete steps with the département's partners,
 * and the age rules that open each stage (entretien des 17 ans, contrat jeune majeur).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Autonomy",
        allowedDependencies = {"access", "dossier", "dossier :: imports", "identity", "notification", "platform", "shell"})
package fr.reperes.autonomy;
