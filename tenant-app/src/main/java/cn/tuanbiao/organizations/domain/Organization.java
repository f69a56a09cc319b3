package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;

/** An organization registered on the platform (ORG-2); its id is the tenant id of all it owns. */
public record Organization(
        TenantId id,
        OrganizationKind kind,
        String nameZh,
        String nameEn,
        OrganizationCode code,
        CreditCode creditCode,
        String registrationAuthority,
        String businessScope,
        RegionCode region,
        IndustryCode industry,
        Contact contact,
        OrganizationStatus status,
        Instant createdAt) {
}
