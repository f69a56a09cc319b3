package cn.tuanbiao.shared.ui;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shows the domain's refusals next to the fields they concern, in the user's language. */
public final class FormErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public void show(InvalidInputException e) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        for (FieldProblem problem : e.problems()) {
            String text = owner.getTranslation(problem.messageKey(), problem.arguments().toArray());
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                unplaced.append(owner.getTranslation("field." + problem.field())).append(owner.getTranslation("punctuation.colon")).append(text).append('\n');
            }
        }
        String summary = owner.getTranslation("validation.failed") + (unplaced.isEmpty() ? "" : "\n" + unplaced);
        Notifications.error(summary);
    }

    /** Small helpers for the notifications every view shows. */
    public static final class Notifications {

        private Notifications() {
        }

        public static void error(String text) {
            Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }

        public static void success(String text) {
            Notification n = Notification.show(text, 3000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
