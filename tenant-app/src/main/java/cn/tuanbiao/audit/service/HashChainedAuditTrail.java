package cn.tuanbiao.audit.service;

import cn.tuanbiao.audit.domain.AuditChain;
import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.persistence.AuditStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Appends each entry to its organization's chain (AUD-1), in the caller's transaction: the
 * entry commits or rolls back with the change it records, and the locked chain head makes
 * concurrent appends in one organization queue instead of forking the chain.
 */
@Singleton
public class HashChainedAuditTrail implements AuditTrail {

    private final AuditStore store;
    private final Clock clock;

    public HashChainedAuditTrail(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry entry) {
        UUID tenant = entry.tenant().value();
        AuditStore.Head head = store.lockHead(tenant);
        long sequence = head.lastSequence() + 1;
        Instant now = AuditChain.storablePrecision(clock.instant());
        String hash = AuditChain.hash(head.lastHash(), tenant, sequence, now, entry.actor().value(), entry.subjectType(),
                entry.subjectId(), entry.action(), entry.reason(), entry.details());
        store.append(new AuditEvent(tenant, sequence, now, entry.actor().value(), null, entry.subjectType(),
                entry.subjectId(), entry.action(), entry.reason(), entry.details(), head.lastHash(), hash));
    }
}
