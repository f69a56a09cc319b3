package cn.tuanbiao.statistics.domain;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.tenancy.TenantId;

import java.util.OptionalLong;

/**
 * One organization's indicators (SUP-1): its public profile, its public standards by status, and
 * the bare number of its standards in progress (approved projects not yet published) where the
 * reader may see it — an alliance secretariat for its members; empty for everyone else.
 */
public record OrganizationIndicators(TenantId organization, String code, String nameZh, OrganizationKind kind,
                                     String regionCode, String industryCode, StandardCounts standards,
                                     OptionalLong inProgress) {
}
