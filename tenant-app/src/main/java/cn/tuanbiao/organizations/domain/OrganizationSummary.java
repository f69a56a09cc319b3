package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.tenancy.TenantId;

/** One line of the organizations list. */
public record OrganizationSummary(TenantId id, OrganizationKind kind, String nameZh, String code, String regionCode,
                                  String status) {
}
