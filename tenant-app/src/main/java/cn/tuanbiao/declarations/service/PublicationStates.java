package cn.tuanbiao.declarations.service;

import cn.tuanbiao.declarations.domain.SyncLine;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.declarations.persistence.RegistryOutboxStore;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

/**
 * What the organization has sent to the national registry and where each item stands (PUB-1, PUB-2):
 * every standard's declaration, profile, statement and notice, pending, sent, accepted with its
 * receipt, or refused with the registry's reason, for its members to follow and correct.
 */
@Singleton
public class PublicationStates {

    private final AccessControl access;
    private final RegistryOutboxStore outbox;

    PublicationStates(AccessControl access, RegistryOutboxStore outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    /** The organization's events in {@code state} (all when null), newest first. */
    public Page<SyncLine> list(PersonId caller, TenantId organization, SyncState state, PageRequest page) {
        return access.readIn(caller, organization, actor -> outbox.lines(state, page));
    }
}
