/**
 * The young people followed by the département, their parents and the professionals who follow them; what each
 * viewer may read of it goes through {@link fr.reperes.dossier.DossierAccess}.
 * <p>
 * Tables: departement, territory, service_team, professional, young_person, parent, parent_link, measure,
 * care_plan_version, care_plan_domain, care_plan_action, meeting, reaction, document, contact, anonymity_recheck,
 * withheld_text.
 * Publishes, read-only (V15, V18, V22, V27 and V28 migrations): dossier_young_person_view, dossier_territory_view,
 * dossier_meeting_view, dossier_measure_view, dossier_parent_view,
 * dossier_placement_view, dossier_parent_link_view, dossier_measure_start_view,
 * dossier_departement_view, dossier_care_plan_publication_view, dossier_meeting_notes_view, dossier_reaction_view.
 */
@ApplicationModule(
        displayName = "Dossier",
        allowedDependencies = {"access", "identity", "platform", "shell"})
@NullMarked
package fr.reperes.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
