package fr.reperes.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one way a form shows the field errors of an {@link InvalidInputException}: each message goes under the field the
 * service named, the first field at fault (in the order fields were registered, since the exception's map keeps none)
 * takes the focus, and messages naming no registered field go to one place the form chooses. A service refusing input
 * writes nothing, so the form only has to show what it says and let the person correct it.
 */
public final class FieldErrors implements Serializable {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** Unless the form says where, a message naming none of its fields is shown as an error notification. */
    private SerializableConsumer<String> elsewhere =
            message -> Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);

    private SerializableRunnable hideElsewhere = () -> {};

    private @Nullable Audience audience;

    /** The messages address {@code reader}: "Choisis une réponse" to a young person (see {@link Audience}). */
    public FieldErrors addressing(Audience reader) {
        this.audience = reader;
        return this;
    }

    private String translate(String key) {
        return I18NProvider.translate(audience == null ? key : audience.key(key));
    }

    /** Errors the service reports under {@code name} are shown on {@code field}; a later field of the same name wins. */
    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Messages naming no registered field are shown in {@code place} (a warning paragraph), hidden otherwise. */
    public <T extends Component & HasText> FieldErrors elsewhere(T place) {
        return elsewhere(
                message -> {
                    place.setText(message);
                    place.setVisible(true);
                },
                () -> place.setVisible(false));
    }

    /**
     * Messages naming no registered field, translated and joined by a space, are given to {@code show}; {@code hide}
     * runs when the errors are cleared.
     */
    public FieldErrors elsewhere(SerializableConsumer<String> show, SerializableRunnable hide) {
        this.elsewhere = show;
        this.hideElsewhere = hide;
        return this;
    }

    /** Marks every field valid again and hides the messages shown elsewhere, before the form submits anew. */
    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        hideElsewhere.run();
    }

    /** Clears the previous errors, then shows those of {@code invalid}. */
    public void show(InvalidInputException invalid) {
        clear();
        Map<String, String> errors = invalid.fieldErrors();
        HasValidation first = null;
        for (Map.Entry<String, HasValidation> field : fields.entrySet()) {
            String key = errors.get(field.getKey());
            if (key != null) {
                field.getValue().setErrorMessage(translate(key));
                field.getValue().setInvalid(true);
                if (first == null) {
                    first = field.getValue();
                }
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        List<String> others = new ArrayList<>();
        errors.forEach((name, key) -> {
            if (!fields.containsKey(name)) {
                others.add(translate(key));
            }
        });
        if (!others.isEmpty()) {
            elsewhere.accept(String.join(" ", others));
        }
    }
}
