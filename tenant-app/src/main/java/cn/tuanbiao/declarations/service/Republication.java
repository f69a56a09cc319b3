package cn.tuanbiao.declarations.service;

import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.persistence.DeclarationStore;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.persistence.OrganizationMapper;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Republishes what reconciliation found drifted in the registry (PROTOCOL §7): the current
 * declaration of a standard, or the organization's profile, as a new event in that organization's
 * own transaction — drift is republished, never patched in place.
 */
@Singleton
public class Republication {

    private final Transactions transactions;
    private final StandardLookup standards;
    private final OrganizationRepository organizations;
    private final DeclarationStore declarations;
    private final RegistryOutbox outbox;
    private final SelfDeclarationAssembler assembler;

    Republication(Transactions transactions, StandardLookup standards, OrganizationRepository organizations,
                  DeclarationStore declarations, RegistryOutbox outbox, SelfDeclarationAssembler assembler) {
        this.transactions = transactions;
        this.standards = standards;
        this.organizations = organizations;
        this.declarations = declarations;
        this.outbox = outbox;
        this.assembler = assembler;
    }

    /** Enqueues the standard's current confirmed declaration as an update; false when there is none to send. */
    public boolean standard(TenantId tenant, UUID standard) {
        return transactions.inTenant(tenant, () -> declarations.lock(standard).filter(d -> d.confirmed()).map(declared -> {
            Organization organization = organization(tenant);
            outbox.standardEvent(tenant, organization, standard, EventType.UPDATED,
                    assembler.assemble(organization, standards.find(tenant, new StandardId(standard)), declared), null, null);
            return true;
        }).orElse(false));
    }

    public void profile(TenantId tenant) {
        transactions.inTenant(tenant, () -> {
            outbox.profile(tenant, organization(tenant), true);
            return null;
        });
    }

    private Organization organization(TenantId tenant) {
        return organizations.findById(tenant.value()).map(OrganizationMapper::toDomain).orElseThrow();
    }
}
