package fr.reperes.content.pages;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Collection;
import java.util.Optional;

/**
 * The OpenMoji credit their licence (CC BY-SA 4.0) asks for, under whatever shows at least one of the bundled
 * pictograms: a page, a book, a preview.
 */
public final class PictogramCredit extends Paragraph {

    private PictogramCredit() {
        setText(getTranslation("content.pictograms.credit"));
        addClassName("reperes-picto-credit");
    }

    /** The credit when one of these Markdown bodies uses a pictogram ({@code ![...](picto:name)}). */
    public static Optional<PictogramCredit> forBodies(Collection<String> bodies) {
        return bodies.stream().anyMatch(body -> body.contains("picto:"))
                ? Optional.of(new PictogramCredit())
                : Optional.empty();
    }
}
