package cn.tuanbiao.shared.ui;

import cn.tuanbiao.users.domain.IssuedInvitation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Shows a freshly issued invitation link once; it is not stored in readable form. */
public class InvitationLinkDialog extends Dialog {

    public InvitationLinkDialog(IssuedInvitation invitation) {
        setHeaderTitle(getTranslation("users.invite"));
        Div link = new Div(Links.absolute(invitation.path()));
        link.setId("invitation-link");
        link.addClassName("tb-token");
        add(new Paragraph(getTranslation("users.invited", invitation.email())), link,
                new Paragraph(getTranslation("users.invitationEmailed", invitation.email())));
        Button close = new Button(getTranslation("common.close"), click -> close());
        close.setId("invitation-link-close");
        getFooter().add(close);
        setWidth("36em");
    }
}
