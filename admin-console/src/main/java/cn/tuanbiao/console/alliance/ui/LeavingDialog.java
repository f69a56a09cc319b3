package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.Leaving;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 退出联盟 (SUP-1): the secretariat confirms that a member leaves, on a date (today by default) and why;
 * {@code done} runs once it is recorded.
 */
final class LeavingDialog extends Dialog {

    LeavingDialog(AllianceSecretariat secretariat, PersonId me, TenantId alliance, TenantId member, String memberName,
                  Runnable done) {
        setHeaderTitle(getTranslation("alliance.leaving.dialog", memberName));
        DatePicker leftOn = new DatePicker(getTranslation("alliance.leaving.date"), secretariat.today());
        leftOn.setId("alliance-leaving-date");
        TextArea reason = new TextArea(getTranslation("alliance.leaving.reason"));
        reason.setId("alliance-leaving-reason");
        reason.setWidth("28em");
        FormErrors errors = new FormErrors(this).field("leftOn", leftOn).field("reason", reason);
        Button confirm = new Button(getTranslation("alliance.leaving.confirm"), click -> {
            try {
                secretariat.recordLeaving(me, alliance, member, new Leaving(leftOn.getValue(), reason.getValue()));
                FormErrors.Notifications.success(getTranslation("alliance.leaving.done", memberName, leftOn.getValue()));
                close();
                done.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        confirm.setId("alliance-leaving-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new VerticalLayout(new Paragraph(getTranslation("alliance.leaving.explain")), leftOn, reason));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
