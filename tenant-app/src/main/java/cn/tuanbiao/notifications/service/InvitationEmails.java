package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.service.InvitationMailer;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Map;

/**
 * E-mails an invitation's one-time link to the invitee through the outbox, in the transaction
 * that issues it; the token is kept in the outbox only until the e-mail is delivered.
 */
@Singleton
class InvitationEmails implements InvitationMailer {

    private final Notifications notifications;

    InvitationEmails(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void invitationIssued(TenantId tenant, IssuedInvitation invitation, String displayName,
                                 String organizationName) {
        String expires = LocalDate.ofInstant(invitation.expiresAt(), cn.tuanbiao.standards.service.StandardService.CHINA)
                .toString();
        String path = invitation.path();
        String token = invitation.token();
        notifications.email(tenant, invitation.email(), displayName, NotificationKind.INVITATION,
                Map.of("organization", organizationName, "expires", expires),
                path.substring(0, path.length() - token.length()), token);
    }
}
