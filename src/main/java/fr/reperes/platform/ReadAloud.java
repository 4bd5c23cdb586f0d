package fr.reperes.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;

/** "Écouter": the browser's own speech synthesis reads an element's text aloud, in the page's language. */
public final class ReadAloud {

    private ReadAloud() {}

    public static Button button(String elementId) {
        return button(elementId, null);
    }

    /**
     * Reads the element's text in {@code languageTag} (a page of the livret in Arabic is read by an Arabic voice
     * whatever the portal's language); null for the page's own language.
     */
    public static Button button(String elementId, @Nullable String languageTag) {
        Button listen = new Button(
                I18NProvider.translate("ppe.listen"),
                VaadinIcon.VOLUME_UP.create(),
                click -> click.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.getPage()
                                .executeJs(
                                        "const text = document.getElementById($0).innerText;"
                                                + " speechSynthesis.cancel();"
                                                + " const u = new SpeechSynthesisUtterance(text); u.lang = $1; speechSynthesis.speak(u);",
                                        elementId,
                                        languageTag != null
                                                ? languageTag
                                                : ui.getLocale().toLanguageTag())));
        listen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return listen;
    }
}
