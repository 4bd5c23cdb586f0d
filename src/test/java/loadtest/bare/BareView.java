package loadtest.bare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** The one route: a title, a button, and the line the button changes. */
@Route("")
public class BareView extends VerticalLayout {

    public static final String BUTTON = "Cliquer";

    private int clicks;

    public BareView() {
        Paragraph said = new Paragraph("Pas encore cliqué");
        Button button = new Button(BUTTON, click -> said.setText("Cliqué " + ++clicks + " fois"));
        add(new H1("Application nue"), button, said);
    }
}
