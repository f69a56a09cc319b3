package cn.tuanbiao.users.domain;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.tenancy.TenantId;

import java.util.Set;

/** An organization the signed-in person belongs to, as the switcher lists it. */
public record MyOrganization(TenantId tenant, String nameZh, String code, OrganizationKind kind,
                             Set<OrganizationRole> roles) {
}
