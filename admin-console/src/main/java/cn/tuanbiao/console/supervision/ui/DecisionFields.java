package cn.tuanbiao.console.supervision.ui;

import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.violations.domain.ViolationMeasure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;

/**
 * The fields of a decision on a violation (处理决定, PUB-4): measure, number, date, rectification deadline
 * and text — the same whether it is made or corrected. Ids are {@code idPrefix-measure}, {@code -number},
 * {@code -decided-on}, {@code -rectification-due} and {@code -text}.
 */
final class DecisionFields {

    final Select<ViolationMeasure> measure = new Select<>();
    final TextField number;
    final TextArea text;
    final DatePicker decidedOn;
    final DatePicker rectificationDue;

    DecisionFields(Component owner, String idPrefix, LocalDate decidedOnAtFirst) {
        measure.setLabel(owner.getTranslation("field.measure"));
        measure.setId(idPrefix + "-measure");
        measure.setItems(ViolationMeasure.values());
        measure.setItemLabelGenerator(m -> m == null ? "" : owner.getTranslation("violationMeasure." + m.name()));
        number = new TextField(owner.getTranslation("field.decisionNumber"));
        number.setId(idPrefix + "-number");
        text = new TextArea(owner.getTranslation("field.decisionText"));
        text.setId(idPrefix + "-text");
        decidedOn = new DatePicker(owner.getTranslation("field.decidedOn"), decidedOnAtFirst);
        decidedOn.setId(idPrefix + "-decided-on");
        rectificationDue = new DatePicker(owner.getTranslation("field.rectificationDue"));
        rectificationDue.setId(idPrefix + "-rectification-due");
    }

    /** Registers the fields under the names the domain's refusals use. */
    FormErrors registerIn(FormErrors errors) {
        return errors.field("measure", measure).field("decisionNumber", number).field("decisionText", text)
                .field("decidedOn", decidedOn).field("rectificationDue", rectificationDue);
    }

    /** The fields laid out, the text across both columns, {@code more} after it. */
    FormLayout form(Component... more) {
        FormLayout form = new FormLayout(measure, number, decidedOn, rectificationDue, text);
        form.setColspan(text, 2);
        for (Component component : more) {
            form.add(component);
            form.setColspan(component, 2);
        }
        return form;
    }
}
