package fr.reperes.dossier.anonymity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import fr.reperes.identity.Viewer;
import java.util.List;

/**
 * On the référent's page of a young person under an anonymity order: what was withheld from the parents at a recheck,
 * each with the review action "this text does not reveal the placement". Empty when nothing waits.
 */
public class WithheldTextsPanel extends Div {

    private final transient WithheldTexts withheld;
    private final transient Viewer viewer;
    private final long youngPersonId;

    private final H2 title = new H2(getTranslation("withheld.title"));
    private final Paragraph intro = new Paragraph(getTranslation("withheld.intro"));
    private UnorderedList list = new UnorderedList();

    public WithheldTextsPanel(WithheldTexts withheld, Viewer viewer, long youngPersonId) {
        this.withheld = withheld;
        this.viewer = viewer;
        this.youngPersonId = youngPersonId;
        addClassName("reperes-card");
        refresh();
    }

    private void refresh() {
        List<WithheldText> texts = withheld.pending(viewer, youngPersonId);
        setVisible(!texts.isEmpty());
        if (texts.isEmpty()) {
            // The heading goes too, so that the page's summary drops its link.
            removeAll();
            return;
        }
        list.removeFromParent();
        if (title.getParent().isEmpty()) {
            // The same heading while texts remain: the page's summary keeps pointing at it.
            add(title, intro);
        }
        list = new UnorderedList();
        for (WithheldText text : texts) {
            Span source = new Span(text.source());
            source.addClassName("reperes-meta");
            ListItem item = new ListItem(
                    source, new Paragraph(text.text() == null ? getTranslation("withheld.pdf") : text.text()));
            Button confirm = new Button(getTranslation("withheld.confirm"), click -> {
                withheld.confirmSafe(viewer, text.id());
                Notification.show(getTranslation("withheld.confirmed"));
                refresh();
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
            item.add(confirm);
            list.add(item);
        }
        add(list);
    }
}
