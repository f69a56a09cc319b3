package cn.tuanbiao.users.ui;

import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.InvitationLinkDialog;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Set;

/** Asks whom to invite and with which roles, then shows the one-time link. */
class InviteDialog extends Dialog {

    /** What inviting does: the view hands it to the service. */
    interface Inviter {
        IssuedInvitation invite(String email, String displayName, Set<OrganizationRole> roles);
    }

    InviteDialog(Inviter inviter, Runnable afterInvite) {
        setHeaderTitle(getTranslation("users.invite"));
        EmailField email = new EmailField(getTranslation("field.email"));
        email.setId("invite-email");
        TextField name = new TextField(getTranslation("field.displayName"));
        name.setId("invite-name");
        CheckboxGroup<OrganizationRole> roles = new CheckboxGroup<>(getTranslation("field.roles"));
        roles.setId("invite-roles");
        roles.setItems(OrganizationRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        FormErrors errors = new FormErrors(this).field("email", email).field("displayName", name).field("roles", roles);
        add(new FormLayout(email, name, roles));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                IssuedInvitation issued = inviter.invite(email.getValue(), name.getValue(), roles.getValue());
                close();
                afterInvite.run();
                new InvitationLinkDialog(issued).open();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("invite-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("32em");
    }
}
