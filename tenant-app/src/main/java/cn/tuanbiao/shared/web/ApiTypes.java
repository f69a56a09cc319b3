package cn.tuanbiao.shared.web;

import cn.tuanbiao.organizations.domain.Contact;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationLink;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.domain.OrganizationSummary;
import cn.tuanbiao.screening.domain.ApprovalWarning;
import cn.tuanbiao.screening.domain.ReferenceStandard;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.MyOrganization;
import cn.tuanbiao.users.domain.PendingInvitation;
import cn.tuanbiao.users.service.InvitationService;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * Domain records the REST API reads and writes as JSON. Declared here, not on the records,
 * so that domain code does not depend on the web framework.
 */
@SerdeImport(Organization.class)
@SerdeImport(OrganizationProfile.class)
@SerdeImport(OrganizationSummary.class)
@SerdeImport(OrganizationLink.class)
@SerdeImport(OrganizationLink.Side.class)
@SerdeImport(Contact.class)
@SerdeImport(Page.class)
@SerdeImport(Member.class)
@SerdeImport(MyOrganization.class)
@SerdeImport(PendingInvitation.class)
@SerdeImport(IssuedInvitation.class)
@SerdeImport(InvitationService.InvitationPreview.class)
@SerdeImport(StandardSummary.class)
@SerdeImport(ApprovalWarning.class)
@SerdeImport(ReferenceStandard.class)
final class ApiTypes {

    private ApiTypes() {
    }
}
