package cn.tuanbiao.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date fields as Chinese offices write dates in forms (2025-06-18), whatever the browser's locale. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker iso(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        return picker;
    }
}
