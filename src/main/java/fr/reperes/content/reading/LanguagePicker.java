package fr.reperes.content.reading;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.PageLanguage;
import fr.reperes.identity.Viewer;
import java.util.function.Consumer;

/**
 * The language the reader reads the pages in: each choice names its language in that language, and says so
 * ({@code lang}, {@code dir}) so that a screen reader pronounces "العربية" in Arabic. The choice is remembered.
 */
class LanguagePicker extends RadioButtonGroup<PageLanguage> {

    static final String ID = "langue-des-pages";

    LanguagePicker(Viewer viewer, ContentLibrary library, PageLanguage chosen, Consumer<PageLanguage> onChoice) {
        setId(ID);
        setLabel(getTranslation("content.reading.language"));
        setItems(PageLanguage.values());
        setRenderer(new ComponentRenderer<>(language -> {
            Span name = new Span(getTranslation(language.nameKey()));
            name.getElement().setAttribute("lang", language.languageTag());
            name.getElement().setAttribute("dir", language.direction());
            return name;
        }));
        setValue(chosen);
        addClassName("reperes-language-picker");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                library.chooseLanguage(viewer, event.getValue());
                onChoice.accept(event.getValue());
            }
        });
    }
}
