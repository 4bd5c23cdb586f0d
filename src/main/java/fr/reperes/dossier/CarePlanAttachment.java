package fr.reperes.dossier;

import com.vaadin.flow.component.Component;
import fr.reperes.identity.Viewer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something another module attached to a published PPE version (the projet d'accès à l'autonomie), shown under the
 * version on "Mon PPE" and printed in its PDF. The implementation reads through the access policy itself: the PPE
 * does not decide for it.
 */
public interface CarePlanAttachment {

    Optional<Component> render(Viewer viewer, long youngPersonId, long versionId);

    /** The same for the PDF, in {@code locale}. */
    Optional<Printed> print(Viewer viewer, long youngPersonId, long versionId, Locale locale);

    /** A titled part of the PDF: sections with a heading, a text and a list. */
    record Printed(String title, List<Section> sections) {}

    record Section(String heading, @Nullable String text, List<String> items) {}
}
