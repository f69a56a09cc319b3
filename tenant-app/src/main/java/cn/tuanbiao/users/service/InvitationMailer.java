package cn.tuanbiao.users.service;

import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.IssuedInvitation;

/**
 * Sends a freshly issued invitation to the invitee (by e-mail, through the notifications' outbox),
 * inside the transaction that issues it. The inviter is still shown the link as well.
 */
public interface InvitationMailer {

    void invitationIssued(TenantId tenant, IssuedInvitation invitation, String displayName, String organizationName);
}
