package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.violations.domain.DecisionCorrection;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.service.Violations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 更正 (PUB-4): the inspector corrects a published decision — the form starts from the decision as
 * published — and says why; {@code done} runs once the correction is recorded and on its way to the registry.
 */
final class CorrectionDialog extends Dialog {

    CorrectionDialog(Violations violations, PersonId me, TenantId authority, Violation violation, Runnable done) {
        Violation.Decision published = violation.decision();
        setHeaderTitle(getTranslation("violations.correctTitle", published.number()));
        DecisionFields decision = new DecisionFields(this, "violation-correction", published.decidedOn());
        decision.measure.setValue(published.measure());
        decision.number.setValue(published.number());
        decision.text.setValue(published.text());
        decision.rectificationDue.setValue(published.rectificationDue());
        TextArea reason = new TextArea(getTranslation("field.correctionReason"));
        reason.setId("violation-correction-reason");
        reason.setMaxLength(DecisionCorrection.REASON_LENGTH);
        FormErrors errors = decision.registerIn(new FormErrors(this)).field("correctionReason", reason);
        Button confirm = new Button(getTranslation("violations.correctConfirm"), click -> {
            try {
                errors.clear();
                violations.correct(me, authority, violation.id(), DecisionCorrection.of(decision.measure.getValue(),
                        decision.number.getValue(), decision.text.getValue(), decision.decidedOn.getValue(),
                        decision.rectificationDue.getValue(), reason.getValue()));
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
        FormLayout form = decision.form(reason);
        form.setMaxWidth("48em");
        add(new VerticalLayout(new Paragraph(getTranslation("violations.correctExplain")), form));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
