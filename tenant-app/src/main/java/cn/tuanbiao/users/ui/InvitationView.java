package cn.tuanbiao.users.ui;

import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.PublicView;
import cn.tuanbiao.users.service.InvitationService;
import cn.tuanbiao.users.service.InvitationService.InvitationPreview;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** Where an invitation link leads: the invitee sets a name and password (or confirms their account) and joins. */
@Prototype
@PublicView
@Route("invitation/:token")
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;

    public InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("tb-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        add(new H2(getTranslation("invitation.title")));
        try {
            show(token, invitations.preview(token));
        } catch (NotFoundException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private void show(String token, InvitationPreview preview) {
        add(new Paragraph(getTranslation("invitation.intro", preview.organizationName(),
                RoleLabels.of(this, preview.roles()))));
        TextField name = new TextField(getTranslation("field.displayName"));
        name.setId("invitation-name");
        name.setValue(preview.displayName());
        name.setVisible(!preview.hasAccount());
        TextField email = new TextField(getTranslation("field.email"));
        email.setValue(preview.email());
        email.setReadOnly(true);
        PasswordField password = new PasswordField(getTranslation("field.password"));
        password.setId("invitation-password");
        if (preview.hasAccount()) {
            password.setHelperText(getTranslation("invitation.existingAccount"));
        }
        FormErrors errors = new FormErrors(this).field("displayName", name).field("password", password);
        Button accept = new Button(getTranslation("invitation.accept"), click -> {
            try {
                invitations.accept(token, name.getValue(), password.getValue());
                FormErrors.Notifications.success(getTranslation("invitation.accepted"));
                UI.getCurrent().navigate(LoginView.class);
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(email, name, password);
        form.setMaxWidth("28em");
        add(form, accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · 团标通";
    }
}
