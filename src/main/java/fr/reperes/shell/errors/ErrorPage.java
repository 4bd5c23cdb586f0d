package fr.reperes.shell.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** What every error page says: a title, one plain sentence, and the way back home. Never the error's details. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    ErrorPage() {
        setMaxWidth("56rem");
    }

    void show(String titleKey, String text) {
        removeAll();
        title = getTranslation(titleKey);
        add(new H1(title), new Paragraph(text), new Anchor("", getTranslation("error.home")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
