package cn.tuanbiao.innovation.ui;

import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * A small form in a dialog for one action on a centre's file: fields are added with their
 * problem names, the confirm button runs the action, problems show next to their fields (AUD-2)
 * and refusals (SUP-5) come up through the UI's error handler with nothing changed.
 */
class ActionDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final FormErrors errors;

    ActionDialog(String title) {
        setHeaderTitle(title);
        add(form);
        errors = new FormErrors(form);
    }

    <C extends Component & HasValidation> C field(String problemName, C field) {
        form.add(field);
        errors.field(problemName, field);
        return field;
    }

    void plain(Component component) {
        form.add(component);
    }

    /** Adds the confirm button; {@code action} returns the success message. */
    ActionDialog confirm(String label, java.util.function.Supplier<String> action, Runnable after) {
        Button ok = new Button(label, click -> {
            errors.clear();
            try {
                String message = action.get();
                close();
                Notifications.success(message);
                after.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("centre-dialog-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), ok);
        return this;
    }
}
