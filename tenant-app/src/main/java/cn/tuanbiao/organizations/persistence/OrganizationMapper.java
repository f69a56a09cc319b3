package cn.tuanbiao.organizations.persistence;

import cn.tuanbiao.organizations.domain.Contact;
import cn.tuanbiao.organizations.domain.CreditCode;
import cn.tuanbiao.organizations.domain.IndustryCode;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationStatus;
import cn.tuanbiao.organizations.domain.RegionCode;
import cn.tuanbiao.tenancy.TenantId;

/** Between the registry's rows and the domain's organizations. */
public final class OrganizationMapper {

    private OrganizationMapper() {
    }

    public static Organization toDomain(OrganizationEntity row) {
        return new Organization(new TenantId(row.id()), OrganizationKind.valueOf(row.kind()), row.nameZh(), row.nameEn(),
                new OrganizationCode(row.code()), new CreditCode(row.creditCode()), row.registrationAuthority(),
                row.businessScope(), new RegionCode(row.regionCode()), new IndustryCode(row.industryCode()),
                new Contact(row.contactName(), row.contactPhone(), row.contactEmail()),
                OrganizationStatus.valueOf(row.status()), row.createdAt());
    }

    public static OrganizationEntity toRow(Organization o) {
        return new OrganizationEntity(o.id().value(), o.kind().name(), o.nameZh(), o.nameEn(), o.code().value(),
                o.creditCode().value(), o.registrationAuthority(), o.businessScope(), o.region().value(),
                o.industry().value(), o.contact().name(), o.contact().phone(), o.contact().email(),
                o.status().name(), o.createdAt());
    }
}
