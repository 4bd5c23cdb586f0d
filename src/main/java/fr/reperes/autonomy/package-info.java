/**
 * The autonomy pathway from 16 to 21: the self-assessment grid, the concrete steps with the département's partners,
 * and the age rules that open each stage (entretien des 17 ans, contrat jeune majeur).
 * <p>
 * Tables: autonomy_assessment, autonomy_step, partner, autonomy_interview, autonomy_project, autonomy_project_goal,
 * autonomy_project_action, young_adult_request, young_adult_request_document, young_adult_request_transition,
 * young_adult_contract, autonomy_reminder.
 * Publishes, read-only for other modules (V15__published_read_models.sql): autonomy_interview_view,
 * autonomy_request_view, autonomy_contract_view.
 */
@ApplicationModule(
        displayName = "Autonomy",
        allowedDependencies = {
            "access",
            "dossier",
            "dossier :: imports",
            "identity",
            "notification",
            "platform",
            "shell"
        })
@NullMarked
package fr.reperes.autonomy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
