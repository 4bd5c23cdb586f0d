/**
 * What the département writes and publishes for the people it follows: the livret d'accueil of each kind of measure,
 * the rights guide, the evaluation leaflet and the lexique, as books of Markdown pages in standard French, FALC
 * (facile à lire et à comprendre) and translations, each with its history of published versions. Who reads and who
 * writes is decided by {@link fr.reperes.access.AccessPolicy#decideContent}, asked through
 * {@link fr.reperes.content.ContentAccess}; Markdown becomes HTML only through {@link fr.reperes.content.render}.
 * The code keeps only the rules that choose which pages apply to a reader (measure kind, age, role).
 * <p>
 * Tables: content_book, content_book_title, content_page, content_version, content_draft, content_reading_language,
 * livret_offer, livret_reminder.
 * Publishes, read-only for the observatory's counts (V28 migration): content_livret_acknowledgement_view.
 */
@ApplicationModule(
        displayName = "Content",
        allowedDependencies = {"access", "dossier", "identity", "notification", "platform", "shell"})
@NullMarked
package fr.reperes.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
