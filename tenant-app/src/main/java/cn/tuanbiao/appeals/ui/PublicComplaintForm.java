package cn.tuanbiao.appeals.ui;

import cn.tuanbiao.appeals.service.PublicComplaints;
import cn.tuanbiao.appeals.service.PublicComplaints.FiledComplaint;
import cn.tuanbiao.appeals.service.PublicComplaints.PublicComplaint;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;

import java.util.UUID;

/**
 * How anyone complains to an organization or reports it (投诉举报, PART-6) from its public
 * catalogue page, without an account: prove an e-mail address with the code sent to it, then
 * describe the complaint, named or anonymous to the organization. The receipt shows the case
 * number and the link to follow the case (also mailed).
 */
public class PublicComplaintForm extends VerticalLayout {

    private final PublicComplaints complaints;
    private final PublicOrganization organization;
    private UUID verification;

    /** {@code verification} and {@code code} come from the link in the e-mail, when the complainant followed it. */
    public PublicComplaintForm(PublicComplaints complaints, PublicOrganization organization, String verification,
                               String code) {
        this.complaints = complaints;
        this.organization = organization;
        setPadding(false);
        setId("public-complaint");
        UUID fromLink = parse(verification);
        if (fromLink != null && code != null && !code.isBlank()) {
            this.verification = fromLink;
            proveThenShowForm(code, null);
        } else {
            showEmailStep();
        }
    }

    private void showEmailStep() {
        removeAll();
        add(new Paragraph(getTranslation("publicComplaint.intro")));
        EmailField email = new EmailField(getTranslation("field.email"));
        email.setId("public-complaint-email");
        email.setWidth("22em");
        TextField code = new TextField(getTranslation("field.verificationCode"));
        code.setId("public-complaint-code");
        code.setMaxLength(6);
        code.setVisible(false);
        Button prove = new Button(getTranslation("publicComment.prove"));
        prove.setId("public-complaint-prove");
        prove.setVisible(false);
        FormErrors errors = new FormErrors(this).field("email", email).field("code", code);
        Button send = new Button(getTranslation("publicComment.sendCode"), click -> {
            try {
                errors.clear();
                verification = complaints.requestCode(organization, email.getValue(), networkAddress());
                Notifications.success(getTranslation("publicComment.codeSent", email.getValue()));
                code.setVisible(true);
                prove.setVisible(true);
                code.focus();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        send.setId("public-complaint-send-code");
        prove.addClickListener(click -> proveThenShowForm(code.getValue(), errors));
        prove.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout emailRow = new HorizontalLayout(email, send);
        emailRow.setAlignItems(Alignment.BASELINE);
        HorizontalLayout codeRow = new HorizontalLayout(code, prove);
        codeRow.setAlignItems(Alignment.BASELINE);
        add(emailRow, codeRow);
    }

    private void proveThenShowForm(String code, FormErrors errors) {
        try {
            complaints.verify(organization, verification, code);
            showComplaintStep();
        } catch (InvalidInputException e) {
            if (errors == null) {
                showEmailStep();
                Notifications.error(getTranslation(e.problems().get(0).messageKey()));
            } else {
                errors.show(e);
            }
        } catch (NotFoundException e) {
            showEmailStep();
        }
    }

    private void showComplaintStep() {
        removeAll();
        add(new Paragraph(getTranslation("publicComplaint.proven")));
        Checkbox anonymous = new Checkbox(getTranslation("publicComplaint.anonymous"));
        anonymous.setId("public-complaint-anonymous");
        TextField name = new TextField(getTranslation("field.commenterName"));
        name.setId("public-complaint-name");
        TextField unit = new TextField(getTranslation("publicComplaint.unit"));
        unit.setId("public-complaint-unit");
        anonymous.addValueChangeListener(e -> {
            name.setEnabled(!e.getValue());
            unit.setEnabled(!e.getValue());
        });
        TextField title = new TextField(getTranslation("cases.field.title"));
        title.setId("public-complaint-title");
        TextArea description = new TextArea(getTranslation("cases.field.description"));
        description.setId("public-complaint-description");
        description.setMinHeight("8em");
        FormLayout form = new FormLayout(name, unit, title, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setMaxWidth("48em");
        FormErrors errors = new FormErrors(this).field("name", name).field("unit", unit).field("title", title)
                .field("description", description);
        Button submit = new Button(getTranslation("cases.submit"), click -> {
            try {
                errors.clear();
                FiledComplaint filed = complaints.file(organization, verification, new PublicComplaint(name.getValue(),
                        unit.getValue(), anonymous.getValue(), title.getValue(), description.getValue()));
                showReceipt(filed);
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        submit.setId("public-complaint-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(anonymous, form, submit);
    }

    private void showReceipt(FiledComplaint filed) {
        removeAll();
        Paragraph receipt = new Paragraph(getTranslation("publicComplaint.received", filed.number()));
        receipt.setId("public-complaint-receipt");
        String page = "/complaints/" + organization.code() + "/" + filed.id() + "?key=" + filed.key();
        add(receipt, new Paragraph(getTranslation("publicComplaint.keepLink")), new Anchor(page, page));
    }

    private static String networkAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    private static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
