package cn.tuanbiao.standards.service;

import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.persistence.StandardStore;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;

/**
 * Finds a standard inside a transaction another feature already opened in its tenant, for the
 * features that hang records on standards (documents, post-publication records) and decide their
 * own access rules.
 */
@Singleton
public class StandardLookup {

    private final StandardStore standards;
    private final OrganizationRepository organizations;

    public StandardLookup(StandardStore standards, OrganizationRepository organizations) {
        this.standards = standards;
        this.organizations = organizations;
    }

    public StandardProject find(TenantId tenant, StandardId id) {
        return standards.find(id, code(tenant)).orElseThrow(() -> new NotFoundException("standard.notFound"));
    }

    /**
     * The standard, refused with {@code requirement} and {@code messageKey} unless it is still in work
     * (proposed and not yet published, withdrawn, replaced or terminated).
     */
    public StandardProject findInWork(TenantId tenant, StandardId id, String requirement, String messageKey) {
        StandardProject project = find(tenant, id);
        if (!project.stage().beforePublication()) {
            throw new LifecycleRefusal(requirement, messageKey);
        }
        return project;
    }

    /** The standard, locked until the transaction ends, for work that must not interleave on it. */
    public StandardProject lock(TenantId tenant, StandardId id) {
        return standards.lock(id, code(tenant)).orElseThrow(() -> new NotFoundException("standard.notFound"));
    }

    private OrganizationCode code(TenantId tenant) {
        return organizations.findById(tenant.value()).map(o -> new OrganizationCode(o.code()))
                .orElseThrow(() -> new NotFoundException("organization.notFound"));
    }
}
