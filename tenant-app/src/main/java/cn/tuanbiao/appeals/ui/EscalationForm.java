package cn.tuanbiao.appeals.ui;

import cn.tuanbiao.appeals.domain.Authority;
import cn.tuanbiao.appeals.domain.Escalation;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The complainant's escalation of a case to a supervisory authority (PART-6): the competent
 * authorities, most local first (the first chosen), and the reason; for members in the workspace
 * and for the public on their case page.
 */
class EscalationForm extends VerticalLayout {

    /** {@code escalate} receives the chosen authority and the reason; {@code done} runs once it succeeded. */
    EscalationForm(List<Authority> competent, BiConsumer<TenantId, String> escalate, Runnable done) {
        setPadding(false);
        Select<Authority> authority = new Select<>();
        authority.setLabel(getTranslation("field.authority"));
        authority.setItems(competent);
        authority.setItemLabelGenerator(Authority::nameZh);
        authority.setId("case-authority");
        if (!competent.isEmpty()) {
            authority.setValue(competent.get(0));
        }
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setId("case-escalation-reason");
        reason.setWidth("32em");
        FormErrors errors = new FormErrors(this).field("authority", authority).field("reason", reason);
        Button save = new Button(getTranslation("cases.escalate"), click -> {
            try {
                escalate.accept(authority.getValue() == null ? null : authority.getValue().id(), reason.getValue());
                done.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("case-escalation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation(competent.isEmpty() ? "cases.noAuthorityHint" : "cases.escalateHint")),
                authority, reason, save);
    }

    /** What became of an escalation, e.g. 已提请浙江省市场监督管理局处理，进展：调查处理中. */
    static String progress(Component in, Escalation escalation) {
        return in.getTranslation("cases.escalatedLine", escalation.authorityName(),
                escalation.status() == null ? in.getTranslation("cases.referralPending")
                        : in.getTranslation("referralStatus." + escalation.status().name()))
                + (escalation.finding() == null ? "" : in.getTranslation("punctuation.colon") + escalation.finding());
    }
}
