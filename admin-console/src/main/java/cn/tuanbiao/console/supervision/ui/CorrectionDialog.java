package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.violations.domain.DecisionCorrection;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationMeasure;
import cn.tuanbiao.violations.service.Violations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * 更正 (PUB-4): the inspector corrects a published decision — the form starts from the decision as
 * published — and says why; {@code done} runs once the correction is recorded and on its way to the registry.
 */
final class CorrectionDialog extends Dialog {

    CorrectionDialog(Violations violations, PersonId me, TenantId authority, Violation violation, Runnable done) {
        Violation.Decision published = violation.decision();
        setHeaderTitle(getTranslation("violations.correctTitle", published.number()));
        Select<ViolationMeasure> measure = new Select<>();
        measure.setLabel(getTranslation("field.measure"));
        measure.setId("violation-correction-measure");
        measure.setItems(ViolationMeasure.values());
        measure.setItemLabelGenerator(m -> m == null ? "" : getTranslation("violationMeasure." + m.name()));
        measure.setValue(published.measure());
        TextField number = new TextField(getTranslation("field.decisionNumber"), published.number(), "");
        number.setId("violation-correction-number");
        TextArea text = new TextArea(getTranslation("field.decisionText"), published.text(), "");
        text.setId("violation-correction-text");
        DatePicker decidedOn = new DatePicker(getTranslation("field.decidedOn"), published.decidedOn());
        decidedOn.setId("violation-correction-decided-on");
        DatePicker due = new DatePicker(getTranslation("field.rectificationDue"), published.rectificationDue());
        due.setId("violation-correction-rectification-due");
        TextArea reason = new TextArea(getTranslation("field.correctionReason"));
        reason.setId("violation-correction-reason");
        reason.setMaxLength(DecisionCorrection.REASON_LENGTH);
        FormErrors errors = new FormErrors(this).field("measure", measure).field("decisionNumber", number)
                .field("decisionText", text).field("decidedOn", decidedOn).field("rectificationDue", due)
                .field("correctionReason", reason);
        Button confirm = new Button(getTranslation("violations.correctConfirm"), click -> {
            try {
                errors.clear();
                violations.correct(me, authority, violation.id(), DecisionCorrection.of(measure.getValue(),
                        number.getValue(), text.getValue(), decidedOn.getValue(), due.getValue(), reason.getValue()));
                FormErrors.Notifications.success(getTranslation("violations.corrected"));
                close();
                done.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (LifecycleRefusal e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        confirm.setId("violation-correction-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(measure, number, decidedOn, due, text, reason);
        form.setColspan(text, 2);
        form.setColspan(reason, 2);
        form.setMaxWidth("48em");
        add(new VerticalLayout(new Paragraph(getTranslation("violations.correctExplain")), form));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
