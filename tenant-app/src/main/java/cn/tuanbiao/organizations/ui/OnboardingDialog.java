package cn.tuanbiao.organizations.ui;

import cn.tuanbiao.organizations.domain.IndustryCode;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;
import java.util.function.Function;

/** The operator's onboarding form (ORG-1, ORG-2); the domain checks every field and the form shows where. */
class OnboardingDialog extends Dialog {

    private final Select<OrganizationKind> kind = new Select<>();
    private final TextField nameZh = field("nameZh");
    private final TextField nameEn = field("nameEn");
    private final TextField code = field("code");
    private final TextField creditCode = field("creditCode");
    private final TextField registrationAuthority = field("registrationAuthority");
    private final TextArea businessScope = new TextArea();
    private final TextField regionCode = field("regionCode");
    private final ComboBox<String> industryCode = new ComboBox<>();
    private final TextField contactName = field("contactName");
    private final TextField contactPhone = field("contactPhone");
    private final EmailField contactEmail = new EmailField();

    OnboardingDialog(Function<OrganizationProfile, Organization> onboard, Consumer<Organization> afterOnboard) {
        setHeaderTitle(getTranslation("orgs.onboard"));
        kind.setLabel(getTranslation("field.kind"));
        kind.setId("org-kind");
        kind.setItems(OrganizationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        code.setHelperText("T/CODE 1—2025");
        creditCode.setMaxLength(18);
        regionCode.setHelperText("GB/T 2260，如 330100");
        businessScope.setLabel(getTranslation("field.businessScope"));
        businessScope.setId("org-businessScope");
        industryCode.setLabel(getTranslation("field.industryCode"));
        industryCode.setId("org-industryCode");
        industryCode.setItems(IndustryCode.SECTIONS.keySet());
        industryCode.setItemLabelGenerator(s -> s + " " + IndustryCode.SECTIONS.getOrDefault(s, ""));
        industryCode.setAllowCustomValue(true);
        industryCode.addCustomValueSetListener(e -> industryCode.setValue(e.getDetail()));
        industryCode.setHelperText("GB/T 4754，如 C 或 C385");
        contactEmail.setLabel(getTranslation("field.contactEmail"));
        contactEmail.setId("org-contactEmail");

        FormErrors errors = new FormErrors(this)
                .field("kind", kind).field("nameZh", nameZh).field("nameEn", nameEn).field("code", code)
                .field("creditCode", creditCode).field("registrationAuthority", registrationAuthority)
                .field("businessScope", businessScope).field("regionCode", regionCode)
                .field("industryCode", industryCode).field("contactName", contactName)
                .field("contactPhone", contactPhone).field("contactEmail", contactEmail);
        FormLayout form = new FormLayout(kind, nameZh, nameEn, code, creditCode, registrationAuthority, regionCode,
                industryCode, contactName, contactPhone, contactEmail, businessScope);
        form.setColspan(businessScope, 2);
        add(form);

        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                Organization created = onboard.apply(profile());
                close();
                afterOnboard.accept(created);
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("org-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("48em");
    }

    private OrganizationProfile profile() {
        return new OrganizationProfile(kind.getValue() == null ? "" : kind.getValue().name(), nameZh.getValue(),
                nameEn.getValue(), code.getValue(), creditCode.getValue(), registrationAuthority.getValue(),
                businessScope.getValue(), regionCode.getValue(), industryCode.getValue(), contactName.getValue(),
                contactPhone.getValue(), contactEmail.getValue());
    }

    private TextField field(String name) {
        TextField field = new TextField(getTranslation("field." + name));
        field.setId("org-" + name);
        return field;
    }
}
