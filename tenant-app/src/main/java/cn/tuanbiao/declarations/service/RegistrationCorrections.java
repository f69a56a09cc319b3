package cn.tuanbiao.declarations.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.organizations.domain.IndustryCode;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.RegionCode;
import cn.tuanbiao.organizations.persistence.OrganizationMapper;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The operator corrects an organization's registration — its name, region, industry (ORG-2) — and
 * its registry profile follows to the national registry in the same transaction (PUB-1), when the
 * registry already knows the organization.
 */
@Singleton
public class RegistrationCorrections {

    private final AccessControl access;
    private final Transactions transactions;
    private final OrganizationRepository organizations;
    private final RegistryOutbox outbox;
    private final AuditTrail audit;

    RegistrationCorrections(AccessControl access, Transactions transactions, OrganizationRepository organizations,
                            RegistryOutbox outbox, AuditTrail audit) {
        this.access = access;
        this.transactions = transactions;
        this.organizations = organizations;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What the operator may correct: all three are required and checked together. */
    public record Correction(String nameZh, String regionCode, String industryCode) {
    }

    public Organization correct(PersonId operator, TenantId organization, Correction correction) {
        access.requireOperator(operator);
        Problems problems = new Problems();
        String name = problems.required("nameZh", correction.nameZh(), 200);
        RegionCode region = problems.parse("regionCode", correction.regionCode(), RegionCode::parse);
        IndustryCode industry = problems.parse("industryCode", correction.industryCode(), IndustryCode::parse);
        problems.throwIfAny();
        return transactions.inTenant(organization, () -> {
            Organization before = organizations.findById(organization.value()).map(OrganizationMapper::toDomain)
                    .orElseThrow(() -> new NotFoundException("organization.notFound"));
            Organization after = new Organization(before.id(), before.kind(), name, before.nameEn(), before.code(),
                    before.creditCode(), before.registrationAuthority(), before.businessScope(), region, industry,
                    before.contact(), before.status(), before.createdAt());
            organizations.update(OrganizationMapper.toRow(after));
            outbox.profileChanged(organization, after);
            audit.record(new AuditEntry(organization, operator, "ORGANIZATION", organization.value(),
                    "REGISTRATION_CORRECTED", null, Map.of("nameZh", name, "regionCode", region.value(),
                    "industryCode", industry.value())));
            return after;
        });
    }
}
