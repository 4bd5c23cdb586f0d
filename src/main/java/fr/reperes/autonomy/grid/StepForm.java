package fr.reperes.autonomy.grid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.NewStep;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import java.util.List;

/** Adds a concrete step to a young person's list: by the young person on their page, or by their référent on theirs. */
public final class StepForm extends Div {

    public StepForm(
            AutonomyService autonomy, Viewer viewer, long youngPersonId, List<Partner> partners, Runnable added) {
        Select<AutonomyDomain> domain = new Select<>();
        domain.setLabel(getTranslation("autonomy.step.domain"));
        domain.setItems(AutonomyDomain.values());
        domain.setItemLabelGenerator(d -> getTranslation("autonomy.domain." + d.name()));
        TextField title = new TextField(getTranslation("autonomy.step.title"));
        title.setHelperText(getTranslation("autonomy.step.title.help"));
        title.setMaxLength(AutonomyService.MAX_STEP_TITLE);
        title.setWidthFull();
        DatePicker due = ComponentTexts.datePicker(getTranslation("autonomy.step.due"));
        TextField helper = new TextField(getTranslation("autonomy.step.helper"));
        helper.setMaxLength(AutonomyService.MAX_STEP_HELPER);
        Select<Partner> partner = new Select<>();
        partner.setLabel(getTranslation("autonomy.step.partner-choice"));
        partner.setItems(partners);
        partner.setEmptySelectionAllowed(true);
        partner.setEmptySelectionCaption(getTranslation("autonomy.step.no-partner"));
        partner.setItemLabelGenerator(p -> p == null ? getTranslation("autonomy.step.no-partner") : p.name());
        FieldErrors errors = new FieldErrors()
                .field("domain", domain)
                .field("title", title)
                .field("dueOn", due)
                .field("helper", helper);
        Button add = new Button(getTranslation("autonomy.step.add"), click -> {
            errors.clear();
            try {
                autonomy.addStep(
                        viewer,
                        youngPersonId,
                        new NewStep(
                                domain.getValue(),
                                title.getValue(),
                                due.getValue(),
                                helper.getValue(),
                                partner.getValue() == null
                                        ? null
                                        : partner.getValue().id()));
                Notification.show(getTranslation("autonomy.step.added"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                added.run();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(domain, title, due, helper, partner, add);
        addClassName("reperes-form");
    }
}
