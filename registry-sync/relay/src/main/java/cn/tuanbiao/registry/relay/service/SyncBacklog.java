package cn.tuanbiao.registry.relay.service;

import cn.tuanbiao.registry.relay.domain.Backlog;
import cn.tuanbiao.registry.relay.persistence.RelayStore;
import cn.tuanbiao.registry.relay.persistence.RelayStore.DeadLetter;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * The platform operator's view of the registry sync: the backlog across the deployment (how many
 * events wait, were sent, were applied, refused or given up) and the dead letters to replay.
 */
@Singleton
public class SyncBacklog {

    private final AccessControl access;
    private final Transactions transactions;
    private final RelayStore store;
    private final Clock clock;

    public SyncBacklog(AccessControl access, Transactions transactions, RelayStore store, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
    }

    /** The current backlog: what waits, how far the deployment has come through it, what needs someone. */
    public Backlog backlog(PersonId operator) {
        access.requireOperator(operator);
        return transactions.readOnPlatform(() -> store.backlog());
    }

    /** The dead letters, newest first, a page at a time. */
    public Page<DeadLetter> deadLetters(PersonId operator, PageRequest page) {
        access.requireOperator(operator);
        return transactions.readOnPlatform(() -> new Page<>(store.deadLetters(page), store.backlog().dead(),
                page.offset(), page.limit()));
    }

    /** Sends one dead letter again (its tries counted anew); returns whether it was still dead. */
    public boolean replay(PersonId operator, UUID tenant, UUID id) {
        access.requireOperator(operator);
        return transactions.onPlatform(() -> store.replayDead(tenant, id, clock.instant())) > 0;
    }

    /** Sends every dead letter again; returns how many. */
    public int replayAll(PersonId operator) {
        access.requireOperator(operator);
        return transactions.onPlatform(() -> store.replayDead(null, null, clock.instant()));
    }
}
