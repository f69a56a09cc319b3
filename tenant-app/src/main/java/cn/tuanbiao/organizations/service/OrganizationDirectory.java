package cn.tuanbiao.organizations.service;

import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationSummary;
import cn.tuanbiao.organizations.persistence.OrganizationMapper;
import cn.tuanbiao.organizations.persistence.OrganizationQueries;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

/** Reads the organizations registry: the operator searches all of it; members read their own organization. */
@Singleton
public class OrganizationDirectory {

    private final AccessControl access;
    private final Transactions transactions;
    private final OrganizationQueries queries;
    private final OrganizationRepository organizations;

    public OrganizationDirectory(AccessControl access, Transactions transactions, OrganizationQueries queries,
                                 OrganizationRepository organizations) {
        this.access = access;
        this.transactions = transactions;
        this.queries = queries;
        this.organizations = organizations;
    }

    public Page<OrganizationSummary> search(PersonId operator, String text, OrganizationKind kind, PageRequest page) {
        access.requireOperator(operator);
        return transactions.readOnPlatform(() -> queries.search(text, kind, page));
    }

    /** The operator's view of any organization. */
    public Organization get(PersonId operator, TenantId organization) {
        access.requireOperator(operator);
        return find(organization);
    }

    /** A member's view of the organization they act in. */
    public Organization own(PersonId member, TenantId organization) {
        return access.readIn(member, organization, actor -> find(organization));
    }

    private Organization find(TenantId organization) {
        return transactions.readOnPlatform(() -> organizations.findById(organization.value())
                .map(OrganizationMapper::toDomain)
                .orElseThrow(() -> new NotFoundException("organization.notFound")));
    }
}
